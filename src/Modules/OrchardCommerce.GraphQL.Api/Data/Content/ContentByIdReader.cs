using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// Content items by id, many in one query: what a content picker field resolves through, so a list of items that each
/// pick others costs one more query, not one per item.
/// </summary>
public sealed class ContentByIdReader(DbSession session)
{
    /// <returns>The items found in the requested version, by id; ids with no such version are absent.</returns>
    public async Task<IReadOnlyDictionary<string, ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds,
        VersionOptions status = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0) return new Dictionary<string, ContentItem>();
        var dialect = session.Dialect;
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            $"SELECT data FROM content_items WHERE {dialect.In("content_item_id", "ids")} AND {ContentStatusSql.Filter(dialect, status)}", new { ids }, session.Transaction);
        return rows.Select(row => ContentItem.FromJson(JsonNode.Parse(row)!.AsObject()))
            .ToDictionary(item => item.ContentItemId, StringComparer.Ordinal);
    }
}
