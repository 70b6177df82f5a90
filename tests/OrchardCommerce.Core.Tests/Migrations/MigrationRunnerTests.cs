using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using OrchardCommerce.Core.Tests.Data;
using OrchardCommerce.Data;
using OrchardCommerce.Migrations;

namespace OrchardCommerce.Core.Tests.Migrations;

public abstract class MigrationRunnerTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TenantDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabases.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Run_Twice_AppliesEachStepOnce()
    {
        var migration = new CountingMigration();

        await Runner(migration).RunAsync();
        await Runner(migration).RunAsync();

        migration.Applied.Should().Equal(1, 2);
        await using var connection = await _database.OpenAsync();
        (await connection.ExecuteScalarAsync<int>("SELECT version FROM oc_migrations WHERE module = 'Counting'")).Should().Be(2);
    }

    [Fact]
    public async Task Run_FailingStep_KeepsEarlierStepsAndRollsBackTheFailedOne()
    {
        var migration = new CountingMigration { FailAt = 2 };

        var run = () => Runner(migration).RunAsync();

        await run.Should().ThrowAsync<InvalidOperationException>();
        await using var connection = await _database.OpenAsync();
        (await connection.ExecuteScalarAsync<int>("SELECT version FROM oc_migrations WHERE module = 'Counting'")).Should().Be(1);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM counting_items")).Should().Be(0, "step 2's insert was rolled back");
    }

    [Fact]
    public async Task Run_ManyAtOnceOnANewDatabase_EachStepOnceAndNoneFails()
    {
        // Two shells of one tenant starting together (a request and a background service) used to race on creating
        // oc_migrations, and PostgreSQL failed the loser on pg_type's unique index.
        var migration = new CountingMigration();

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = Enumerable.Range(0, 16).Select(_ => Task.Run(async () => { await start.Task; await Runner(migration).RunAsync(); })).ToList();
        start.SetResult();
        await Task.WhenAll(runs);

        migration.Applied.Should().Equal(1, 2);
    }

    private MigrationRunner Runner(IDataMigration migration) => new(_database, [migration], NullLogger<MigrationRunner>.Instance);

    private sealed class CountingMigration : IDataMigration
    {
        public List<int> Applied { get; } = [];
        public int? FailAt { get; init; }
        public string Module => "Counting";

        public IReadOnlyList<MigrationStep> Steps =>
        [
            new(1, async context =>
            {
                Applied.Add(1);
                await context.ExecuteAsync($"CREATE TABLE counting_items (id {context.Dialect.IdentityKey}, name TEXT NOT NULL)");
            }),
            new(2, async context =>
            {
                Applied.Add(2);
                await context.ExecuteAsync("INSERT INTO counting_items (name) VALUES ('two')");
                if (FailAt == 2) throw new InvalidOperationException("step 2 fails");
            }),
        ];
    }
}

public sealed class SqliteMigrationRunnerTests() : MigrationRunnerTests(DatabaseProvider.Sqlite);

public sealed class PostgresMigrationRunnerTests() : MigrationRunnerTests(DatabaseProvider.Postgres);
