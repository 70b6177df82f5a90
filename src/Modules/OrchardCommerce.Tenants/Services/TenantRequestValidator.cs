using System.Text.RegularExpressions;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.Services;

/// <summary>Checks a new tenant's name, host names, prefix and recipe; errors are keyed by the request field.</summary>
public sealed partial class TenantRequestValidator(ShellHost shellHost, ITenantSetupRecipeRunner recipes, PendingTenantSetups pending)
{
    /// <returns>Field errors (empty when valid), and whether the name is already taken (HTTP 409).</returns>
    public async Task<(Dictionary<string, string[]> Errors, bool NameTaken)> ValidateAsync(
        string? name, IReadOnlyList<string> hosts, string? urlPrefix, string? recipe, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ShellSettings.IsValidName(name))
            errors["name"] = ["A tenant name starts with a letter and has up to 40 letters, digits or underscores."];
        var nameTaken = name is not null && (shellHost.Find(name) is not null
            || pending.All().Any(p => p.Settings.Name.Equals(name, StringComparison.OrdinalIgnoreCase)));

        if (urlPrefix is not null && !PrefixPattern().IsMatch(urlPrefix))
            errors["urlPrefix"] = ["A URL prefix is one path segment of letters, digits, '-' or '_'."];
        var hostErrors = HostErrors(hosts, urlPrefix).ToArray();
        if (hostErrors.Length > 0) errors["hosts"] = hostErrors;

        if (string.IsNullOrWhiteSpace(recipe)) errors["recipe"] = ["A setup recipe is required."];
        else if (!await recipes.ExistsAsync(recipe, cancellationToken)) errors["recipe"] = [$"No recipe named '{recipe}' was found."];
        return (errors, nameTaken);
    }

    private IEnumerable<string> HostErrors(IReadOnlyList<string> hosts, string? urlPrefix)
    {
        if (hosts.Count == 0 && string.IsNullOrEmpty(urlPrefix))
            yield return "At least one host name, or a URL prefix, is needed to reach the tenant.";
        var others = shellHost.AllSettings.Concat(pending.All().Select(p => p.Settings)).ToList();
        foreach (var host in hosts)
        {
            if (!HostPattern().IsMatch(host)) { yield return $"'{host}' is not a host name."; continue; }
            // Tenants may share a host name when their prefixes differ; the same host and prefix would be ambiguous.
            var owner = others.FirstOrDefault(s =>
                s.RequestUrlHosts.Contains(host, StringComparer.OrdinalIgnoreCase)
                && string.Equals(s.RequestUrlPrefix ?? "", urlPrefix ?? "", StringComparison.OrdinalIgnoreCase));
            if (owner is not null) yield return $"Host '{host}' is already used by tenant '{owner.Name}'.";
        }
    }

    [GeneratedRegex(@"^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$", RegexOptions.IgnoreCase)]
    private static partial Regex HostPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex PrefixPattern();
}
