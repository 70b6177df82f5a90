using Dapper;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Data.Versions;

/// <summary>
/// Change tokens for the storefront's caches: <see cref="GetDefinitionsAsync"/> for a schema cache, <see cref="GetAsync"/>
/// for a cache of published responses. Read the version before the data it guards: a write landing in between then
/// makes the entry stale (it is stored under the old version), never wrong. Both read the database, so replicas of
/// Cms.Web on one PostgreSQL see each other's writes.
/// </summary>
public sealed class StorefrontVersions(DbSession session, ContentGeneration contentGeneration, StorefrontFeatures features)
{
    public const string Definitions = "definitions";
    public const string Taxonomy = "taxonomy";

    /// <summary>Bumps whenever a content type or part definition is saved (a trigger on their tables): one indexed read.</summary>
    public async Task<long> GetDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT value FROM storefront_versions WHERE name = '{Definitions}'", transaction: session.Transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Everything a storefront response depends on; one query, plus Contents' generation on PostgreSQL.</summary>
    public async Task<StorefrontVersion> GetAsync(CancellationToken cancellationToken = default)
    {
        var content = await contentGeneration.CurrentAsync(session, cancellationToken);
        // Without Commerce there is no outbox table to read; its parts stay zero.
        var feed = features.HasCommerce
            ? "(SELECT COALESCE(MAX(position), 0) FROM commerce_events), (SELECT COUNT(*) FROM commerce_events WHERE position IS NULL)"
            : "0, 0";
        var connection = await session.GetConnectionAsync(cancellationToken);
        var (definitions, taxonomy, position, pending) = await connection.QuerySingleAsync<(long, long, long, long)>(new CommandDefinition($"""
            SELECT (SELECT value FROM storefront_versions WHERE name = '{Definitions}'),
                   (SELECT value FROM storefront_versions WHERE name = '{Taxonomy}'), {feed}
            """, transaction: session.Transaction, cancellationToken: cancellationToken));
        return new StorefrontVersion(definitions, content, taxonomy, position, pending);
    }
}
