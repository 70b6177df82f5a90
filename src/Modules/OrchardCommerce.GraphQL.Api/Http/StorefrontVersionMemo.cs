using Microsoft.Extensions.Options;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Versions;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// The tenant's storefront version as last read, reused for a short while (GraphQL:VersionRecheckMilliseconds) so a
/// burst of cached answers costs no database read each. Any unit of work this process commits to the tenant makes it
/// stale at once, so a publish here is seen by the next request; another replica's write is seen within the window,
/// well inside the max-age browsers and CDNs are already allowed. A singleton of the tenant's container.
/// </summary>
internal sealed class StorefrontVersionMemo(TenantDatabase database, TimeProvider clock, IOptions<GraphQLEndpointOptions> options)
{
    private readonly TimeSpan _window = TimeSpan.FromMilliseconds(options.Value.VersionRecheckMilliseconds);
    private volatile Entry? _last;

    public async Task<StorefrontVersion> GetAsync(StorefrontVersions versions, CancellationToken cancellationToken)
    {
        var works = database.CommittedWorks;
        var now = clock.GetUtcNow();
        if (_last is { } last && last.Works == works && now - last.ReadAt < _window) return last.Version;
        // Taken before the read: a local commit landing during it moves CommittedWorks, so this entry is never reused.
        var version = await versions.GetAsync(cancellationToken);
        _last = new Entry(version, works, now);
        return version;
    }

    private sealed record Entry(StorefrontVersion Version, long Works, DateTimeOffset ReadAt);
}
