using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Shells;

/// <summary>Maps a request's host and path to a tenant: exact hosts first, then the longest wildcard, then prefixes.</summary>
public sealed class ShellMatcher
{
    private readonly Dictionary<string, List<ShellSettings>> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Suffix, ShellSettings Shell)> _wildcards = [];
    // Tenants with a prefix and no host names answer on any host, after every host-specific match.
    private readonly List<ShellSettings> _anyHost = [];

    public ShellMatcher(IEnumerable<ShellSettings> shells)
    {
        foreach (var shell in shells)
        {
            if (shell.RequestUrlHosts.Count == 0 && !string.IsNullOrEmpty(shell.RequestUrlPrefix)) _anyHost.Add(shell);
            foreach (var host in shell.RequestUrlHosts)
            {
                var name = host.Trim().ToLowerInvariant();
                if (name.StartsWith("*.", StringComparison.Ordinal)) _wildcards.Add((name[1..], shell));
                else (_exact.TryGetValue(name, out var list) ? list : _exact[name] = []).Add(shell);
            }
        }
        // Longest suffix first, so *.eu.acme.com wins over *.acme.com.
        _wildcards.Sort((a, b) => b.Suffix.Length.CompareTo(a.Suffix.Length));
    }

    /// <returns>The tenant and its matched prefix ("" when none), or null: the caller answers 404.</returns>
    public (ShellSettings Shell, string Prefix)? Match(string host, PathString path)
    {
        host = host.ToLowerInvariant();
        if (_exact.TryGetValue(host, out var candidates) && ByPrefix(candidates, path) is { } exact) return exact;
        foreach (var (suffix, shell) in _wildcards)
            if (host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length
                && ByPrefix([shell], path) is { } wild)
                return wild;
        return ByPrefix(_anyHost, path) is { } any && any.Item2.Length > 0 ? any : null;
    }

    private static (ShellSettings, string)? ByPrefix(List<ShellSettings> candidates, PathString path)
    {
        var segment = FirstSegment(path);
        (ShellSettings, string)? withoutPrefix = null;
        foreach (var shell in candidates)
        {
            if (string.IsNullOrEmpty(shell.RequestUrlPrefix)) withoutPrefix ??= (shell, "");
            else if (string.Equals(shell.RequestUrlPrefix, segment, StringComparison.OrdinalIgnoreCase))
                return (shell, "/" + shell.RequestUrlPrefix);
        }
        return withoutPrefix;
    }

    private static string FirstSegment(PathString path)
    {
        var value = path.Value ?? "";
        var start = value.StartsWith('/') ? 1 : 0;
        var end = value.IndexOf('/', start);
        return end < 0 ? value[start..] : value[start..end];
    }
}
