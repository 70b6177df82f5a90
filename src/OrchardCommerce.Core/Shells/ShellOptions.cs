using OrchardCommerce.Data;

namespace OrchardCommerce.Shells;

/// <summary>Where tenants keep their data: bound from the "OrchardCommerce" configuration section.</summary>
public sealed class ShellOptions
{
    public const string Section = "OrchardCommerce";

    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>PostgreSQL connection string; each tenant gets its own schema in that database.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Root of the SQLite files (App_Data/Sites/&lt;tenant&gt;/oc.db) and other local data.</summary>
    public string AppDataPath { get; set; } = "App_Data";
    /// <summary>Host names of the Default tenant (tenant management lives there); localhost and 127.0.0.1 when empty.</summary>
    // Empty by default: the configuration binder appends to a pre-filled list instead of replacing it.
    public List<string> DefaultHosts { get; set; } = [];

    public IReadOnlyList<string> DefaultHostNames =>
        DefaultHosts.Count > 0 ? DefaultHosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList() : ["localhost", "127.0.0.1"];
    /// <summary>Prefix of the PostgreSQL schema names ("oc_" + lower-case tenant name).</summary>
    public string SchemaPrefix { get; set; } = "oc_";

    public TenantDatabase CreateDatabase(ShellSettings settings) => DatabaseProvider switch
    {
        DatabaseProvider.Postgres => TenantDatabase.ForPostgres(
            ConnectionString ?? throw new InvalidOperationException("OrchardCommerce:ConnectionString is required for PostgreSQL."),
            settings.Schema ?? SchemaPrefix + settings.Name.ToLowerInvariant()),
        _ => TenantDatabase.ForSqlite(Path.Combine(AppDataPath, "Sites", settings.Name, "oc.db")),
    };
}
