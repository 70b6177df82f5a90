using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Core.Tests.Data;

public sealed class TenantDatabaseWriteTurnTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"oc-turn-{Guid.NewGuid():N}.db");
    private TenantDatabase _first = null!;
    private TenantDatabase _second = null!;

    public async Task InitializeAsync()
    {
        _first = TenantDatabase.ForSqlite(_file);
        _second = TenantDatabase.ForSqlite(_file);
        await _first.EnsureCreatedAsync();
    }

    [Fact]
    public async Task EnterWrite_TwoInstancesOfOneFile_SecondWaitsForFirst()
    {
        var held = await _first.EnterWriteAsync();

        var waiting = _second.EnterWriteAsync().AsTask();
        await Task.Delay(100);
        waiting.IsCompleted.Should().BeFalse("one file has one writer, however many instances open it");
        held!.Dispose();
        using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        next.Should().NotBeNull();
    }

    [Fact]
    public async Task Works_ManyConcurrentSessions_AllCommitWithoutBusyErrors()
    {
        await using (var setup = await _first.OpenAsync())
            await setup.ExecuteAsync("CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0);");

        await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
        {
            await using var session = new DbSession(_first);
            await using var work = await session.BeginWorkAsync();
            await work.Connection.ExecuteAsync("UPDATE counter SET n = n + 1", transaction: work.Transaction);
            await work.CompleteAsync();
        }));

        await using var connection = await _first.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT n FROM counter")).Should().Be(64);
    }

    [Fact]
    public async Task Work_RolledBack_ReleasesTheTurn()
    {
        await using (var session = new DbSession(_first))
        await using (await session.BeginWorkAsync()) { }

        using var turn = await _second.EnterWriteAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        turn.Should().NotBeNull();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DropAsync();
        await _first.DisposeAsync();
    }
}
