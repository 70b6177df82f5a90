using System.Data.Common;
using Dapper;
using OrchardCommerce.Data;
using OrchardCommerce.Shells;

namespace OrchardCommerce.GraphQL.Api.Data.Versions;

/// <summary>
/// Watches Commerce's category and collection tables for the "taxonomy" counter. Not a migration: a tenant's modules
/// migrate in the order of its feature list, so Commerce's tables may not exist yet when our migration runs, and
/// Commerce may be enabled later. After every migration of a shell build, this adds what is missing (usually nothing,
/// for the price of one catalog query).
/// </summary>
public sealed class StorefrontVersionTriggers : IShellActivatedHandler
{
    public static readonly IReadOnlyList<string> DefinitionTables = ["content_type_definitions", "content_part_definitions"];
    public static readonly IReadOnlyList<string> TaxonomyTables = ["commerce_categories", "commerce_collections"];

    public Task ActivatedAsync(ShellContext shell, CancellationToken cancellationToken) => EnsureAsync(shell.Database, cancellationToken);

    public static async Task EnsureAsync(TenantDatabase database, CancellationToken cancellationToken = default)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
            if ((await MissingAsync(connection, null, database.Dialect)).Count == 0) return;
        var (writer, transaction) = await database.BeginAsync(cancellationToken);
        await using (writer)
        await using (transaction)
        {
            // Two Cms.Web replicas building the shell at once: the second waits here, then finds nothing missing.
            if (database.Dialect.IsPostgres)
                await writer.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.storefront_versions'))", transaction: transaction);
            foreach (var table in await MissingAsync(writer, transaction, database.Dialect))
                foreach (var statement in VersionTriggerSql.Create(database.Dialect, table, StorefrontVersions.Taxonomy))
                    await writer.ExecuteAsync(statement, transaction: transaction);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>The taxonomy tables that exist but have no trigger of ours yet.</summary>
    private static async Task<List<string>> MissingAsync(DbConnection connection, DbTransaction? transaction, SqlDialect dialect)
    {
        var (tablesSql, triggersSql) = dialect.IsPostgres
            ? ("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
               "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = current_schema()::regnamespace")
            : ("SELECT name FROM sqlite_master WHERE type = 'table'", "SELECT name FROM sqlite_master WHERE type = 'trigger'");
        var tables = (await connection.QueryAsync<string>(tablesSql, transaction: transaction)).ToHashSet(StringComparer.Ordinal);
        var triggers = (await connection.QueryAsync<string>(triggersSql, transaction: transaction)).ToList();
        return TaxonomyTables.Where(t => tables.Contains(t) && !triggers.Any(name => name.StartsWith(VersionTriggerSql.TriggerName(t), StringComparison.Ordinal)))
            .ToList();
    }
}
