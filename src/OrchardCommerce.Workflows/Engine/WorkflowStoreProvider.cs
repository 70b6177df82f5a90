namespace OrchardCommerce.Workflows.Engine;

/// <summary>Where the engine keeps its state: a SQLite file (the embedded default) or a PostgreSQL schema.</summary>
public enum WorkflowStoreProvider
{
    Sqlite,
    Postgres,
}
