using Dapper;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Services;

/// <summary>Paths of current versions (latest or published), for lookups by route and per-tenant uniqueness.</summary>
public sealed class RouteIndex(DbSession session)
{
    /// <summary>Replaces the item's rows from its versions; a version that is neither latest nor published has no route.</summary>
    public async Task UpdateAsync(string contentItemId, IEnumerable<ContentItem> versions, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("DELETE FROM autoroute_index WHERE content_item_id = @contentItemId", new { contentItemId }, work.Transaction);
        foreach (var version in versions.Where(v => v.Latest || v.Published))
        {
            var part = version.FindPart(ContentModelCatalog.AutoroutePart);
            var path = (string?)part?["Path"];
            var home = part?["SetHomepage"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
            if (string.IsNullOrEmpty(path) && !home) continue;
            await work.Connection.ExecuteAsync("""
                INSERT INTO autoroute_index (content_item_version_id, content_item_id, path, set_homepage, latest, published)
                VALUES (@ContentItemVersionId, @ContentItemId, @path, @home, @Latest, @Published)
                """, new { version.ContentItemVersionId, version.ContentItemId, path = Key(path ?? ""), home, version.Latest, version.Published },
                work.Transaction);
        }
        await work.CompleteAsync(cancellationToken);
    }

    /// <summary>Another item that holds <paramref name="path"/> in a current version, or null.</summary>
    public async Task<string?> FindOwnerAsync(string path, string exceptContentItemId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<string>(
            "SELECT content_item_id FROM autoroute_index WHERE path = @path AND content_item_id <> @exceptContentItemId LIMIT 1",
            new { path = Key(path), exceptContentItemId }, session.Transaction);
    }

    /// <summary>The item at <paramref name="path"/>; "/" falls back to the item marked SetHomepage.</summary>
    public async Task<string?> FindAsync(string path, VersionOptions options, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var flag = options == VersionOptions.Published ? "published" : "latest";
        var id = await connection.QueryFirstOrDefaultAsync<string>(
            $"SELECT content_item_id FROM autoroute_index WHERE path = @path AND {flag} = {session.Dialect.True} LIMIT 1",
            new { path = Key(path) }, session.Transaction);
        if (id is not null || Key(path) != "/") return id;
        return await connection.QueryFirstOrDefaultAsync<string>(
            $"SELECT content_item_id FROM autoroute_index WHERE set_homepage = {session.Dialect.True} AND {flag} = {session.Dialect.True} LIMIT 1",
            transaction: session.Transaction);
    }

    // Routes compare case-insensitively, as URLs of a site do for visitors.
    private static string Key(string path) => AutoroutePaths.Normalize(path).ToLowerInvariant();
}
