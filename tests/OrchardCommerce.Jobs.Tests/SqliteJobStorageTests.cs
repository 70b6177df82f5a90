namespace OrchardCommerce.Jobs.Tests;

/// <summary>The conformance suite on an embedded SQLite file.</summary>
public sealed class SqliteJobStorageTests : JobStorageConformanceTests
{
    protected override Task<Action<JobsOptions>> NewStoreAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "oc-jobs-tests", $"{Guid.NewGuid():N}.db");
        return Task.FromResult<Action<JobsOptions>>(o =>
        {
            o.Provider = JobsStorageProvider.Sqlite;
            o.SqlitePath = path;
        });
    }
}
