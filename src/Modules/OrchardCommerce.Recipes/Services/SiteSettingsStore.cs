using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Recipes.Services;

/// <summary>
/// The tenant's site settings as Orchard keeps them: one JSON document per section ("SiteName", "HomeRoute",
/// "LayerSettings", …), written by the "Settings" recipe step and read by whoever needs a section.
/// </summary>
public sealed class SiteSettingsStore(DbSession session)
{
    /// <returns>The section's value, or null when the tenant has no such section.</returns>
    public async Task<JsonNode?> GetAsync(string section, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var data = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT data FROM site_settings WHERE section = @section", new { section }, session.Transaction,
            cancellationToken: cancellationToken));
        return data is null ? null : JsonNode.Parse(data);
    }

    /// <returns>Every section, ordered by name so exports are byte-for-byte repeatable.</returns>
    public async Task<JsonObject> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Section, string Data)>(new CommandDefinition(
            "SELECT section, data FROM site_settings", transaction: session.Transaction, cancellationToken: cancellationToken));
        var all = new JsonObject();
        // Sorted here, not in SQL: PostgreSQL's collation and SQLite's binary order would disagree.
        foreach (var (section, data) in rows.OrderBy(r => r.Section, StringComparer.Ordinal))
            all[section] = JsonNode.Parse(data);
        return all;
    }

    public async Task SetAsync(string section, JsonNode? value, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO site_settings (section, data) VALUES (@section, @data)
            ON CONFLICT (section) DO UPDATE SET data = excluded.data
            """, new { section, data = value?.ToJsonString() ?? "null" }, work.Transaction, cancellationToken: cancellationToken));
        await work.CompleteAsync(cancellationToken);
    }
}
