using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Paging;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// Items of one content type as a cursor connection: filtered and ordered in SQL over the item JSON, paged by keyset
/// (value, id), so a page costs one query (two with totalCount) whatever its size. Definitions come from the scope's
/// <see cref="ContentDefinitionStore"/>, so a changed content type is queryable on the next request.
/// </summary>
public sealed class ContentQueryReader(DbSession session, ContentDefinitionStore definitions)
{
    public async Task<Connection<ContentItem>> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        if (query.First is < 0 or > ContentQuery.MaxFirst)
            throw new StorefrontQueryException("first", $"first must be from 0 to {ContentQuery.MaxFirst}.");
        if (query.Skip < 0) throw new StorefrontQueryException("skip", "skip must be zero or more.");
        var type = await definitions.GetTypeAsync(query.ContentType, cancellationToken)
            ?? throw new StorefrontQueryException("contentType", $"There is no content type '{query.ContentType}'.");
        var parts = (await definitions.ListPartsAsync(cancellationToken)).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var resolver = new ContentPropertyResolver(type, parts, session.Dialect);
        var sql = new ContentSqlBuilder(session.Dialect);

        var where = new StringBuilder($"content_items.content_type = @{sql.Add(type.Name)} AND {ContentStatusSql.Filter(session.Dialect, query.Status)}");
        foreach (var filter in query.Filters)
            where.Append(" AND ").Append(sql.Filter(resolver.Resolve(filter.Property, "where"), filter, "where"));
        var order = resolver.Resolve(query.OrderBy.Property, "orderBy");
        if (!ContentValueKinds.IsOrderable(order.Kind))
            throw new StorefrontQueryException("orderBy", $"{order.Property} cannot be ordered by.");
        var orderKey = $"{order.Property}:{(query.OrderBy.Descending ? "desc" : "asc")}";

        var connection = await session.GetConnectionAsync(cancellationToken);
        long? total = query.IncludeTotalCount
            ? await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM content_items WHERE {where}", sql.Parameters, session.Transaction)
            : null;
        if (query.After is not null)
        {
            var (value, id) = ReadCursor(query.After, orderKey, order.Kind);
            where.Append(" AND ").Append(sql.After(order, query.OrderBy.Descending, value, id));
        }
        var rows = (await connection.QueryAsync<Row>($"""
            SELECT content_items.data AS Data, content_items.content_item_id AS Id, {order.Expression} AS SortValue
            FROM content_items WHERE {where} ORDER BY {sql.OrderBy(order, query.OrderBy.Descending)}
            LIMIT @{sql.Add(query.First + 1)} OFFSET @{sql.Add(query.Skip)}
            """, sql.Parameters, session.Transaction)).ToList();

        var edges = rows.Take(query.First).Select(r => new Edge<ContentItem>(
            ContentItem.FromJson(JsonNode.Parse(r.Data)!.AsObject()),
            OpaqueCursor.Encode(new JsonObject { ["o"] = orderKey, ["v"] = ContentValues.ToCursor(order.Kind, r.SortValue), ["id"] = r.Id }))).ToList();
        var info = new PageInfo(rows.Count > query.First, query.After is not null || query.Skip > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<ContentItem>(edges, info, total);
    }

    private (object? Value, string Id) ReadCursor(string cursor, string orderKey, ContentValueKind kind)
    {
        var json = OpaqueCursor.Decode(cursor, "after");
        if ((string?)(json["o"] as JsonValue) != orderKey || json["id"] is not JsonValue id || !id.TryGetValue<string>(out var itemId))
            throw new StorefrontQueryException("after", "The cursor was handed out for another ordering.");
        try
        {
            return (ContentValues.FromCursor(kind, json["v"], session.Dialect), itemId);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new StorefrontQueryException("after", "'after' is not a cursor from this API.");
        }
    }

    private sealed class Row
    {
        public string Data { get; set; } = "";
        public string Id { get; set; } = "";
        public object? SortValue { get; set; }
    }
}
