using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.Migrations;

namespace OrchardCommerce.GraphQL.Api.Migrations;

/// <summary>
/// The counters behind <see cref="StorefrontVersions"/>: "definitions" (content types and parts, watched from here
/// on, because Contents is a dependency and its tables exist) and "taxonomy" (categories and collections, watched
/// by <see cref="StorefrontVersionTriggers"/> once Commerce's tables exist, which may be after this runs).
/// </summary>
public sealed class StorefrontVersionMigrations : IDataMigration
{
    public string Module => Manifest.FeatureId;

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, async context =>
        {
            await context.ExecuteAsync($"CREATE TABLE storefront_versions (name TEXT NOT NULL PRIMARY KEY, value {context.Dialect.BigInt} NOT NULL)");
            await context.ExecuteAsync($"""
                INSERT INTO storefront_versions (name, value) VALUES ('{StorefrontVersions.Definitions}', 0), ('{StorefrontVersions.Taxonomy}', 0)
                """);
            if (context.Dialect.IsPostgres) await context.ExecuteAsync(VersionTriggerSql.CreateFunction);
            foreach (var table in StorefrontVersionTriggers.DefinitionTables)
                foreach (var statement in VersionTriggerSql.Create(context.Dialect, table, StorefrontVersions.Definitions))
                    await context.ExecuteAsync(statement);
        }),
    ];
}
