using Dapper;
using Microsoft.Data.Sqlite;
using OrchardCommerce.Data;
using OrchardCommerce.Sqlite;

namespace OrchardCommerce.Core.Tests.Data;

/// <summary>SQLite units of work go through one kept writer connection, with its statements prepared once.</summary>
public sealed class SqliteWriterTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("oc-writer-").FullName, "oc.db");
    private TenantDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = TenantDatabase.ForSqlite(_file);
        await _database.EnsureCreatedAsync();
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, text TEXT NOT NULL)");
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
    }

    [Fact]
    public async Task Parameters_DapperNamesAfterProperties_CarryTheAtTheSqlUses_OnReadsAndOnTheWriter()
    {
        await using var session = new DbSession(_database);
        var reads = await _database.OpenAsync();
        await using (reads)
        await using (var work = await session.BeginWorkAsync())
        {
            // Act: as Dapper makes a parameter of an anonymous object's property.
            var names = new[] { reads, work.Connection }.Select(connection =>
            {
                using var command = connection.CreateCommand();
                var parameter = command.CreateParameter();
                parameter.ParameterName = "text";
                var prefixed = command.CreateParameter();
                prefixed.ParameterName = "$text";
                return (parameter.ParameterName, prefixed.ParameterName);
            }).ToList();
            await work.Connection.ExecuteAsync("""
                INSERT INTO notes VALUES (@id, @text);
                UPDATE notes SET text = text || @text WHERE id = @id;
                """, new { id = 7, text = "a" }, work.Transaction);
            await work.CompleteAsync();

            // Assert
            names.Should().AllBeEquivalentTo(("@text", "$text"));
        }
        await using var connection = await _database.OpenAsync();
        (await connection.QuerySingleAsync<string>("SELECT text FROM notes WHERE id = @id", new { id = 7 })).Should().Be("aa");
    }

    [Fact]
    public async Task Works_OfTwoSessions_GoThroughOneConnectionAndReadsOutsideSeeTheirCommits()
    {
        var connections = new List<object>();
        for (var id = 1; id <= 2; id++)
        {
            await using var session = new DbSession(_database);
            await using var work = await session.BeginWorkAsync();
            (await session.GetConnectionAsync()).Should().BeSameAs(work.Connection, "inside a work every statement goes through the work's connection");
            await work.Connection.ExecuteAsync("INSERT INTO notes VALUES (@id, 'note')", new { id }, work.Transaction);
            connections.Add(work.Connection);
            await work.CompleteAsync();
            (await session.GetConnectionAsync()).Should().NotBeSameAs(connections[^1], "outside a work the session reads on its own connection");
            (await (await session.GetConnectionAsync()).ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notes")).Should().Be(id);
        }

        connections[1].Should().BeSameAs(connections[0]);
    }

    [Fact]
    public async Task Statement_RunManyTimesWithDifferentValues_PreparedOnceAndEachRunBindsItsOwn()
    {
        await using var session = new DbSession(_database);
        await using var work = await session.BeginWorkAsync();
        var writer = (PreparedSqliteConnection)work.Connection;
        var before = writer.PreparedCount;

        for (var id = 1; id <= 5; id++)
            await work.Connection.ExecuteAsync("INSERT INTO notes VALUES (@id, @text)", new { id, text = $"note {id}" }, work.Transaction);
        var texts = new List<string>();
        for (var id = 1; id <= 5; id++)
            texts.Add(await work.Connection.ExecuteScalarAsync<string>("SELECT text FROM notes WHERE id = @id", new { id }, work.Transaction) ?? "");

        texts.Should().Equal("note 1", "note 2", "note 3", "note 4", "note 5");
        writer.PreparedCount.Should().Be(before + 2);
        await work.CompleteAsync();
    }

    [Fact]
    public async Task Statement_RunAgainWithoutAValueItHadBefore_FailsInsteadOfReusingTheOldOne()
    {
        await using var session = new DbSession(_database);
        await using var work = await session.BeginWorkAsync();
        await work.Connection.ExecuteAsync("INSERT INTO notes VALUES (@id, @text)", new { id = 1, text = "first" }, work.Transaction);

        var missing = () => work.Connection.ExecuteAsync("INSERT INTO notes VALUES (@id, @text)", new { id = 2 }, work.Transaction);

        (await missing.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*text*");
    }

    [Fact]
    public async Task Statement_RunWhileItsOwnReaderIsOpen_RunsBesideIt()
    {
        await using var session = new DbSession(_database);
        await using var work = await session.BeginWorkAsync();
        await work.Connection.ExecuteAsync("INSERT INTO notes VALUES (1, 'a'), (2, 'b')", transaction: work.Transaction);
        const string sql = "SELECT text FROM notes WHERE id >= @id ORDER BY id";

        var outer = new List<string>();
        var inner = new List<string>();
        await using (var reader = await work.Connection.ExecuteReaderAsync(sql, new { id = 1 }, work.Transaction))
            while (await reader.ReadAsync())
            {
                outer.Add(reader.GetString(0));
                inner.AddRange(await work.Connection.QueryAsync<string>(sql, new { id = 2 }, work.Transaction));
            }

        outer.Should().Equal("a", "b");
        inner.Should().Equal("b", "b");
    }

    [Fact]
    public async Task Statements_MoreTextsThanTheCapacity_KeepsTheMostRecentOnly()
    {
        await using var session = new DbSession(_database);
        await using var work = await session.BeginWorkAsync();
        var writer = (PreparedSqliteConnection)work.Connection;

        for (var i = 0; i < PreparedSqliteConnection.Capacity + 20; i++)
            (await work.Connection.ExecuteScalarAsync<long>($"SELECT {i} + @one", new { one = 1 }, work.Transaction)).Should().Be(i + 1);

        writer.PreparedCount.Should().Be(PreparedSqliteConnection.Capacity);
    }

    [Fact]
    public async Task Work_RolledBack_LeavesTheWriterUsableForTheNext()
    {
        await using (var session = new DbSession(_database))
        {
            await using var work = await session.BeginWorkAsync();
            await work.Connection.ExecuteAsync("INSERT INTO notes VALUES (1, 'rolled back')", transaction: work.Transaction);
        }
        await using (var session = new DbSession(_database))
        {
            await using var work = await session.BeginWorkAsync();
            await work.Connection.ExecuteAsync("INSERT INTO notes VALUES (1, 'kept')", transaction: work.Transaction);
            await work.CompleteAsync();
        }

        await using var connection = await _database.OpenAsync();
        (await connection.QueryAsync<string>("SELECT text FROM notes")).Should().Equal("kept");
    }

    [Fact]
    public async Task Commits_TheWriterNeverCheckpointsInsideOne_ACheckpointAfterTheTurnCopiesTheLog()
    {
        var mainFile = new FileInfo(_file);
        var payload = new string('x', 20_000); // five pages a row: the log outgrows SQLite's 1,000-page autocheckpoint
        var initial = Length(mainFile);

        for (var id = 1; id < SqliteWriter.CheckpointEvery; id++)
            await InsertAsync(id, payload);
        Length(mainFile).Should().Be(initial, "no commit copies the log into the database while holding the write turn");

        await InsertAsync(SqliteWriter.CheckpointEvery, payload);
        await _database.Writer!.CheckpointDone.WaitAsync(TimeSpan.FromSeconds(30));
        Length(mainFile).Should().BeGreaterThan(initial + 100 * 20_000L, "the checkpoint after the turn copied the log");
    }

    [Fact]
    public async Task Log_UnderSteadyWritesFromSeveralSessions_StartsOverEachRoundInsteadOfGrowing()
    {
        // Four writers without a pause, as under load: commits keep landing while each checkpoint runs beside them.
        const int rounds = 20, writers = 4;
        var payload = new string('x', 3_000);
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var id && id <= rounds * SqliteWriter.CheckpointEvery)
                await InsertAsync(id, payload);
        })));

        // Every commit appends its pages to the log: one never started over holds all of them, about four times the
        // payloads here (50 MB); one started over after each round's checkpoint holds a round or two (2.5–5 MB).
        var payloads = rounds * SqliteWriter.CheckpointEvery * (long)payload.Length;
        Length(new FileInfo(_file + "-wal")).Should().BeLessThan(payloads, "the log starts over after each round's checkpoint");
    }

    [Fact]
    public async Task Checkpoint_StartedAfterTheFileWasDeleted_DoesNotCreateItAgain()
    {
        var gone = Path.Combine(Path.GetDirectoryName(_file)!, "deleted.db");
        var writer = new SqliteWriter(new SqliteConnectionStringBuilder { DataSource = gone, Pooling = false }.ToString());

        for (var i = 0; i < SqliteWriter.CheckpointEvery; i++) writer.Committed();
        await writer.CheckpointDone.WaitAsync(TimeSpan.FromSeconds(30));

        File.Exists(gone).Should().BeFalse();
    }

    private async Task InsertAsync(int id, string text)
    {
        await using var session = new DbSession(_database);
        await using var work = await session.BeginWorkAsync();
        await work.Connection.ExecuteAsync("INSERT INTO notes VALUES (@id, @text)", new { id, text }, work.Transaction);
        await work.CompleteAsync();
    }

    private static long Length(FileInfo file)
    {
        file.Refresh();
        return file.Length;
    }
}
