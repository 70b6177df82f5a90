using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Core.Tests.Data;

public abstract class SqlParametersTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TenantDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateAsync(provider);
        await using var connection = await _database.OpenAsync();
        var timestamp = _database.Dialect.IsPostgres ? "TIMESTAMPTZ" : "TEXT";
        await connection.ExecuteAsync($"CREATE TABLE rows (name TEXT NOT NULL, note TEXT NULL, amount BIGINT NOT NULL, kind INTEGER NOT NULL, at {timestamp} NOT NULL)");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Values_OfEachKind_AreWrittenAsDapperWouldWriteThem()
    {
        var at = new DateTime(2026, 11, 22, 10, 30, 15, 123, DateTimeKind.Utc);
        var parameters = new SqlParameters().Add("name", "a").Add("note", null).Add("amount", 1999L).Add("kind", DayOfWeek.Friday).Add("at", at);
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO rows (name, note, amount, kind, at) VALUES (@name, @note, @amount, @kind, @at)", parameters);
        await connection.ExecuteAsync("INSERT INTO rows (name, note, amount, kind, at) VALUES (@name, @note, @amount, @kind, @at)",
            new { name = "b", note = (string?)null, amount = 1999L, kind = DayOfWeek.Friday, at });

        var rows = (await connection.QueryAsync<(string Name, string? Note, long Amount, int Kind, DateTime At)>(
            "SELECT name, note, amount, kind, at FROM rows ORDER BY name")).ToList();
        rows.Should().HaveCount(2);
        rows[0].Should().Be(("a", null, 1999L, (int)DayOfWeek.Friday, rows[1].At));
        rows[1].Should().Be(("b", null, 1999L, (int)DayOfWeek.Friday, rows[1].At));
        rows[0].At.Ticks.Should().Be(at.Ticks);
    }

    [Fact]
    public async Task Names_CarryThePrefixTheSqlUses_AndBindInEveryStatementOfACommand()
    {
        var parameters = new SqlParameters().Add("name", "d").Add("amount", 7L);
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        ((SqlMapper.IDynamicParameters)parameters).AddParameters(command, null!);

        await connection.ExecuteAsync("""
            INSERT INTO rows (name, note, amount, kind, at) VALUES (@name, NULL, @amount, 0, CURRENT_TIMESTAMP);
            UPDATE rows SET amount = amount + @amount WHERE name = @name;
            """, parameters);

        command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => p.ParameterName).Should().Equal("@name", "@amount");
        (await connection.QuerySingleAsync<long>("SELECT amount FROM rows WHERE name = 'd'")).Should().Be(14);
    }

    [Fact]
    public async Task Add_AnotherSet_AppendsItsValues()
    {
        var parameters = new SqlParameters().Add("name", "c").Add(new SqlParameters().Add("amount", 5L).Add("kind", 1));
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO rows (name, note, amount, kind, at) VALUES (@name, NULL, @amount, @kind, CURRENT_TIMESTAMP)", parameters);

        (await connection.QuerySingleAsync<long>("SELECT amount FROM rows WHERE name = 'c'")).Should().Be(5);
    }
}

public sealed class SqliteSqlParametersTests() : SqlParametersTests(DatabaseProvider.Sqlite);

public sealed class PostgresSqlParametersTests() : SqlParametersTests(DatabaseProvider.Postgres);
