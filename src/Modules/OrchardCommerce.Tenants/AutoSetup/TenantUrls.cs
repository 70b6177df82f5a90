using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.AutoSetup;

/// <summary>A tenant's addresses on this server: its host names on the port the server listens on.</summary>
internal static class TenantUrls
{
    public static IReadOnlyList<string> For(ShellSettings tenant, Uri listening)
    {
        var prefix = string.IsNullOrEmpty(tenant.RequestUrlPrefix) ? "/" : $"/{tenant.RequestUrlPrefix}/";
        var hosts = tenant.RequestUrlHosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal)).ToList();
        if (hosts.Count == 0) hosts.Add(listening.Host);
        return hosts.Select(host => new UriBuilder(listening.Scheme, host, listening.Port, prefix).Uri.ToString()).ToList();
    }

    /// <summary>The first address the server listens on, with wildcard hosts ("+", "*", "[::]") shown as localhost.</summary>
    public static Uri Listening(IEnumerable<string> addresses)
    {
        var first = addresses.FirstOrDefault() ?? "http://localhost:5000";
        var normalized = first.Replace("://+", "://localhost").Replace("://*", "://localhost")
            .Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost");
        return new Uri(normalized);
    }
}
