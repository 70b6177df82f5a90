using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.Contents.Services;

public sealed partial class ContentManager
{
    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default) =>
        store.GetAsync(contentItemId, options, cancellationToken);

    /// <summary>The item whose current route is <paramref name="path"/> ("/" also finds the SetHomepage item).</summary>
    public async Task<ContentItem?> GetByRouteAsync(string path, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var lookup = options == VersionOptions.Published ? VersionOptions.Published : VersionOptions.Latest;
        var id = await routes.FindAsync(path, lookup, cancellationToken);
        return id is null ? null : await store.GetAsync(id, options, cancellationToken);
    }

    /// <param name="contentType">Null for every type.</param>
    /// <param name="page">1-based.</param>
    public Task<ContentQueryResult> QueryAsync(string? contentType, VersionOptions options, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        return store.QueryAsync(contentType, options, page, pageSize, cancellationToken);
    }

    /// <summary>Every version an export must carry: the latest and the published ones, in storage order.</summary>
    public Task<List<ContentItem>> ListCurrentVersionsAsync(CancellationToken cancellationToken = default) =>
        store.ListCurrentAsync(cancellationToken);
}
