using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Services;

/// <summary>
/// Rows of content_items (one per version; the JSON document is the truth, the columns are its index) and the
/// route index. Writers call it inside the ContentManager's unit of work.
/// </summary>
public sealed class ContentItemStore(DbSession session, ContentGeneration generation)
{
    private const string Columns = "data";

    public async Task<List<ContentItem>> LoadVersionsAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            $"SELECT {Columns} FROM content_items WHERE content_item_id = @contentItemId ORDER BY document_id",
            new { contentItemId }, session.Transaction);
        return rows.Select(Parse).ToList();
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<string>(
            $"SELECT {Columns} FROM content_items WHERE content_item_id = @contentItemId AND {Filter(options)} LIMIT 1",
            new { contentItemId }, session.Transaction);
        return row is null ? null : Parse(row);
    }

    public async Task<ContentQueryResult> QueryAsync(string? contentType, VersionOptions options, int page, int pageSize, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var where = $"{Filter(options)}{(contentType is null ? "" : " AND content_type = @contentType")}";
        var total = await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM content_items WHERE {where}", new { contentType }, session.Transaction);
        var rows = await connection.QueryAsync<string>(
            $"SELECT {Columns} FROM content_items WHERE {where} ORDER BY created_utc, document_id LIMIT @limit OFFSET @offset",
            new { contentType, limit = pageSize, offset = (long)(page - 1) * pageSize }, session.Transaction);
        return new ContentQueryResult(rows.Select(Parse).ToList(), (int)total);
    }

    /// <summary>Every version that is latest or published, in the order first stored: what an export needs.</summary>
    public async Task<List<ContentItem>> ListCurrentAsync(CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            $"SELECT {Columns} FROM content_items WHERE latest = {session.Dialect.True} OR published = {session.Dialect.True} ORDER BY document_id",
            transaction: session.Transaction);
        return rows.Select(Parse).ToList();
    }

    public async Task SaveAsync(ContentItem version, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("""
            INSERT INTO content_items (content_item_id, content_item_version_id, content_type, display_text, latest, published,
                owner, author, created_utc, modified_utc, published_utc, data)
            VALUES (@ContentItemId, @ContentItemVersionId, @ContentType, @DisplayText, @Latest, @Published,
                @Owner, @Author, @CreatedUtc, @ModifiedUtc, @PublishedUtc, @Data)
            ON CONFLICT (content_item_version_id) DO UPDATE SET display_text = excluded.display_text,
                latest = excluded.latest, published = excluded.published, owner = excluded.owner, author = excluded.author,
                created_utc = excluded.created_utc, modified_utc = excluded.modified_utc,
                published_utc = excluded.published_utc, data = excluded.data
            """, new
        {
            version.ContentItemId, version.ContentItemVersionId, version.ContentType, version.DisplayText, version.Latest,
            version.Published, version.Owner, version.Author, version.CreatedUtc, version.ModifiedUtc, version.PublishedUtc,
            Data = version.ToJson().ToJsonString(),
        }, work.Transaction);
        await generation.BumpAsync(session, work);
        await work.CompleteAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string contentItemId, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("DELETE FROM autoroute_index WHERE content_item_id = @contentItemId", new { contentItemId }, work.Transaction);
        var deleted = await work.Connection.ExecuteAsync("DELETE FROM content_items WHERE content_item_id = @contentItemId", new { contentItemId }, work.Transaction);
        await generation.BumpAsync(session, work);
        await work.CompleteAsync(cancellationToken);
        return deleted > 0;
    }

    private string Filter(VersionOptions options) => options switch
    {
        VersionOptions.Published => $"published = {session.Dialect.True}",
        VersionOptions.Latest => $"latest = {session.Dialect.True}",
        _ => $"latest = {session.Dialect.True} AND published = {session.Dialect.False}",
    };

    private static ContentItem Parse(string data) => ContentItem.FromJson(JsonNode.Parse(data)!.AsObject());
}
