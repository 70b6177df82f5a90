using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Core.Tests.Data;

public abstract class DbSessionTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TenantDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateAsync(provider);
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, text TEXT NOT NULL)");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task BeginWork_CompletedOuterWork_Commits()
    {
        await using (var session = new DbSession(_database))
        {
            await using var work = await session.BeginWorkAsync();
            await InsertAsync(session, 1);
            await work.CompleteAsync();
        }

        (await CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task BeginWork_NestedWorkCompletedButOuterNot_RollsBackBoth()
    {
        await using (var session = new DbSession(_database))
        {
            await using var outer = await session.BeginWorkAsync();
            await InsertAsync(session, 1);
            await using (var inner = await session.BeginWorkAsync())
            {
                await InsertAsync(session, 2);
                await inner.CompleteAsync();
            }
            // The outer work is disposed without completing: a failing recipe step after a successful one.
        }

        (await CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task BeginWork_InnerWorkFails_OuterCannotCommitHalf()
    {
        await using (var session = new DbSession(_database))
        {
            await using var outer = await session.BeginWorkAsync();
            await InsertAsync(session, 1);
            await using (await session.BeginWorkAsync())
            {
                await InsertAsync(session, 2);
            }
            await outer.CompleteAsync();
        }

        (await CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task OnCommitted_RunsAfterOuterCommitOnly()
    {
        var ran = new List<string>();
        await using (var session = new DbSession(_database))
        {
            await using var outer = await session.BeginWorkAsync();
            await using (var inner = await session.BeginWorkAsync())
            {
                session.OnCommitted(() => ran.Add("inner"));
                await inner.CompleteAsync();
            }
            ran.Should().BeEmpty("the outer work has not committed yet");
            await outer.CompleteAsync();
        }

        ran.Should().Equal("inner");
    }

    [Fact]
    public async Task OnCommitted_RolledBack_NeverRuns()
    {
        var ran = false;
        await using (var session = new DbSession(_database))
        {
            await using var work = await session.BeginWorkAsync();
            session.OnCommitted(() => ran = true);
        }

        ran.Should().BeFalse();
    }

    private static async Task InsertAsync(DbSession session, int id)
    {
        var connection = await session.GetConnectionAsync();
        await connection.ExecuteAsync("INSERT INTO notes (id, text) VALUES (@id, 'x')", new { id }, session.Transaction);
    }

    private async Task<long> CountAsync()
    {
        await using var connection = await _database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notes");
    }
}

public sealed class SqliteDbSessionTests() : DbSessionTests(DatabaseProvider.Sqlite);

public sealed class PostgresDbSessionTests() : DbSessionTests(DatabaseProvider.Postgres);
