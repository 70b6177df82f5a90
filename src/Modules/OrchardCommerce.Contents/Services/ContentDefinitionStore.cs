using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Services;

/// <summary>
/// Content type and part definitions, each stored as its JSON document (settings verbatim) in the order first
/// saved, so an export lists them as the recipe that made them did. Cached for the scope; saving refreshes.
/// </summary>
public sealed class ContentDefinitionStore(DbSession session)
{
    private Dictionary<string, ContentTypeDefinition>? _types;
    private Dictionary<string, ContentPartDefinition>? _parts;

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default) =>
        [.. (await TypesAsync(cancellationToken)).Values];

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartsAsync(CancellationToken cancellationToken = default) =>
        [.. (await PartsAsync(cancellationToken)).Values];

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default) =>
        (await TypesAsync(cancellationToken)).GetValueOrDefault(name);

    public async Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken cancellationToken = default) =>
        (await PartsAsync(cancellationToken)).GetValueOrDefault(name);

    public Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken = default) =>
        SaveAsync("content_type_definitions", type.Name, type.ToJson(), cancellationToken);

    public Task SavePartAsync(ContentPartDefinition part, CancellationToken cancellationToken = default) =>
        SaveAsync("content_part_definitions", part.Name, part.ToJson(), cancellationToken);

    private async Task SaveAsync(string table, string name, JsonObject json, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync($"""
            INSERT INTO {table} (name, position, data)
            VALUES (@name, (SELECT COALESCE(MAX(position), 0) + 1 FROM {table}), @data)
            ON CONFLICT (name) DO UPDATE SET data = excluded.data
            """, new { name, data = json.ToJsonString() }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        _types = null;
        _parts = null;
    }

    private async Task<Dictionary<string, ContentTypeDefinition>> TypesAsync(CancellationToken cancellationToken) =>
        _types ??= (await LoadAsync("content_type_definitions", cancellationToken))
            .Select(ContentTypeDefinition.FromJson).ToDictionary(t => t.Name, StringComparer.Ordinal);

    private async Task<Dictionary<string, ContentPartDefinition>> PartsAsync(CancellationToken cancellationToken) =>
        _parts ??= (await LoadAsync("content_part_definitions", cancellationToken))
            .Select(ContentPartDefinition.FromJson).ToDictionary(p => p.Name, StringComparer.Ordinal);

    private async Task<IEnumerable<JsonObject>> LoadAsync(string table, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            $"SELECT data FROM {table} ORDER BY position, name", transaction: session.Transaction);
        return rows.Select(row => JsonNode.Parse(row)!.AsObject());
    }
}
