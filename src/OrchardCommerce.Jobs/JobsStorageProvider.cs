namespace OrchardCommerce.Jobs;

/// <summary>Where the jobs engine keeps its tables.</summary>
public enum JobsStorageProvider
{
    /// <summary>An embedded SQLite file: the one-process default.</summary>
    Sqlite,

    /// <summary>A schema on a PostgreSQL server: production, several processes.</summary>
    Postgres,
}
