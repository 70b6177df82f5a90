using Dapper;
using Microsoft.Data.Sqlite;
using OrchardCommerce.Workflows.Storage;

namespace OrchardCommerce.Workflows.Tests.Storage;

/// <summary>The engine's single writer commits through one kept connection that skips the flush per commit.</summary>
public sealed class SqliteWorkflowDatabaseTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"wf-db-{Guid.NewGuid():N}.db");
    private SqliteWorkflowDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteWorkflowDatabase(new SqliteConnectionStringBuilder { DataSource = _file }.ToString());
        await _database.PrepareAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(path);
    }

    [Fact]
    public async Task Writer_AfterACommit_IsTheSameOpenConnection_InWalWithoutAFlushPerCommit()
    {
        // Arrange
        var first = await _database.OpenWriterAsync(CancellationToken.None);
        await first.ExecuteAsync("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        await _database.ReleaseWriterAsync(first, failed: false);

        // Act
        var second = await _database.OpenWriterAsync(CancellationToken.None);

        // Assert
        second.Should().BeSameAs(first);
        second.State.Should().Be(System.Data.ConnectionState.Open);
        (await second.ExecuteScalarAsync<string>("PRAGMA journal_mode")).Should().Be("wal");
        (await second.ExecuteScalarAsync<long>("PRAGMA synchronous")).Should().Be(1, "1 is NORMAL, 2 FULL");
        using var command = second.CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.ParameterName.Should().Be("@key", "Dapper's unprefixed names would be looked up four ways in every statement");
        second.Should().BeOfType<OrchardCommerce.Sqlite.PreparedSqliteConnection>("a group commit's upserts stay prepared");
    }

    [Fact]
    public async Task Writer_AfterAFailedCommit_IsClosedAndTheNextCommitOpensAnother()
    {
        // Arrange
        var failed = await _database.OpenWriterAsync(CancellationToken.None);

        // Act
        await _database.ReleaseWriterAsync(failed, failed: true);
        var next = await _database.OpenWriterAsync(CancellationToken.None);

        // Assert
        failed.State.Should().Be(System.Data.ConnectionState.Closed);
        next.Should().NotBeSameAs(failed);
        (await next.ExecuteScalarAsync<long>("SELECT 1")).Should().Be(1);
    }
}
