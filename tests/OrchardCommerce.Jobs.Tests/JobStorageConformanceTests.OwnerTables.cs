using Dapper;
using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>Other owners' tables in the jobs database, with migrations numbered per owner.</summary>
public abstract partial class JobStorageConformanceTests
{
    private static readonly string[] NotesV1 = ["CREATE TABLE test_notes (id {Id}, text TEXT NOT NULL)"];
    private static readonly string[] NotesV2 = [.. NotesV1, "ALTER TABLE test_notes ADD COLUMN at_utc BIGINT NULL"];

    [Fact]
    public async Task OwnerMigrations_AppliedOnceAndContinuedAfterRestart_TableUsable()
    {
        var store = await NewStoreAsync();
        await using (var first = new JobsHarness(store))
        {
            var database = first.Get<IJobsDatabase>();
            await database.MigrateAsync("test.notes", NotesV1);
            await database.MigrateAsync("test.notes", NotesV1);
            await using var connection = await database.OpenAsync();
            await connection.ExecuteAsync("INSERT INTO test_notes (text) VALUES ('one')");
        }

        await using var restarted = new JobsHarness(store);
        var reopened = restarted.Get<IJobsDatabase>();
        await reopened.MigrateAsync("test.notes", NotesV2);
        await using var again = await reopened.OpenAsync();
        await again.ExecuteAsync("INSERT INTO test_notes (text, at_utc) VALUES ('two', 5)");
        var rows = (await again.QueryAsync<(long Id, string Text, long? AtUtc)>("SELECT id, text, at_utc FROM test_notes ORDER BY id")).ToList();
        var versions = await again.QueryAsync<long>("SELECT version FROM jobs_owner_migrations WHERE owner = 'test.notes' ORDER BY version");

        rows.Select(r => (r.Text, r.AtUtc)).Should().Equal(("one", null), ("two", 5));
        rows[1].Id.Should().BeGreaterThan(rows[0].Id);
        versions.Should().Equal(1, 2);
        reopened.Provider.Should().Be(restarted.Get<Microsoft.Extensions.Options.IOptions<JobsOptions>>().Value.Provider);
    }
}
