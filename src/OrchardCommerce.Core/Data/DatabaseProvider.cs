namespace OrchardCommerce.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one SQLite file per tenant under App_Data/Sites/&lt;tenant&gt;/.</summary>
    Sqlite,
    /// <summary>Production: one PostgreSQL database, one schema per tenant.</summary>
    Postgres,
}
