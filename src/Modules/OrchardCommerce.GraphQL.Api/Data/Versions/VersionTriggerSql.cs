using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Data.Versions;

/// <summary>
/// DDL for the triggers that bump a row of storefront_versions whenever a watched table changes. Triggers, not code in
/// the writers: content definitions and the category tree are written by other modules (recipes, admin APIs) that know
/// nothing of caches here, and both change rarely, so the counter row's lock costs nothing.
/// </summary>
internal static class VersionTriggerSql
{
    public const string BumpFunction = "storefront_versions_bump";

    /// <summary>PostgreSQL's trigger function; its search_path is fixed to the tenant schema it is created in.</summary>
    public static string CreateFunction => $"""
        CREATE FUNCTION {BumpFunction}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        BEGIN
            UPDATE storefront_versions SET value = value + 1 WHERE name = TG_ARGV[0];
            RETURN NULL;
        END
        $$
        """;

    public static string TriggerName(string table) => "trg_storefront_versions_" + table;

    /// <summary>The statements that make every write to <paramref name="table"/> bump <paramref name="counter"/>.</summary>
    public static IEnumerable<string> Create(SqlDialect dialect, string table, string counter)
    {
        var name = TriggerName(table);
        if (dialect.IsPostgres)
        {
            yield return $"""
                CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                FOR EACH STATEMENT EXECUTE FUNCTION {BumpFunction}('{counter}')
                """;
            yield break;
        }
        // SQLite has row triggers only, one per event; a statement touching n rows bumps n times, which is as good.
        foreach (var change in new[] { "insert", "update", "delete" })
            yield return $"""
                CREATE TRIGGER IF NOT EXISTS {name}_{change} AFTER {change.ToUpperInvariant()} ON {table}
                BEGIN UPDATE storefront_versions SET value = value + 1 WHERE name = '{counter}'; END
                """;
    }
}
