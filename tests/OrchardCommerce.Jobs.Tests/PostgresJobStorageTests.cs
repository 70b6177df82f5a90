using OrchardCommerce.Testing;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>The conformance suite on a real PostgreSQL server, in the engine's own schema.</summary>
public sealed class PostgresJobStorageTests : JobStorageConformanceTests
{
    protected override async Task<Action<JobsOptions>> NewStoreAsync()
    {
        var connectionString = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        return o =>
        {
            o.Provider = JobsStorageProvider.Postgres;
            o.ConnectionString = connectionString;
            o.Schema = "jobs";
        };
    }
}
