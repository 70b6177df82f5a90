namespace OrchardCommerce.Jobs.Storage;

/// <summary>Picks the storage driver named in the options.</summary>
internal static class JobStorageFactory
{
    public static IJobStorage Create(JobsOptions options) => options.Provider switch
    {
        JobsStorageProvider.Postgres => new PostgresJobStorage(
            options.ConnectionString ?? throw new InvalidOperationException("Jobs:ConnectionString is required for the Postgres provider."), options.Schema),
        _ => new SqliteJobStorage(options.SqlitePath),
    };
}
