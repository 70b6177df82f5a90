using Microsoft.Extensions.Options;

namespace OrchardCommerce.Daemon.Cms;

/// <summary>
/// The running tenants, re-read from Cms.Web at most every <see cref="DaemonOptions.TenantRefreshInterval"/>; a name
/// not in the last list forces a re-read, so work for a tenant created a moment ago finds it.
/// </summary>
public sealed class TenantDirectory(CmsClient cms, IOptions<DaemonOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<CmsTenant> _tenants = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<CmsTenant>> GetAsync(CancellationToken cancellationToken, bool refresh = false)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (refresh || clock.GetUtcNow() - _readAt >= options.Value.TenantRefreshInterval)
            {
                _tenants = await cms.ListTenantsAsync(cancellationToken);
                _readAt = clock.GetUtcNow();
            }
            return _tenants;
        }
        finally { _gate.Release(); }
    }

    /// <summary>The running tenant called <paramref name="name"/>; throws when Cms.Web does not know it (any more).</summary>
    public async Task<CmsTenant> FindAsync(string name, CancellationToken cancellationToken)
    {
        var match = (await GetAsync(cancellationToken)).FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? (await GetAsync(cancellationToken, refresh: true)).FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new InvalidOperationException($"Tenant '{name}' is not running.");
    }
}
