using Dapper;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

namespace OrchardCommerce.GraphQL.Api.Tests.Versions;

public abstract class StorefrontVersionTriggersTests : StorefrontTestBase
{
    [Fact]
    public async Task EnsureTriggers_RunAgain_AddsNothing()
    {
        var sql = Provider == DatabaseProvider.Postgres
            ? "SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE 'trg_storefront_versions_%'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_storefront_versions_%'";
        var connection = await Get<DbSession>().GetConnectionAsync();
        var before = await connection.ExecuteScalarAsync<long>(sql);

        await StorefrontVersionTriggers.EnsureAsync(Get<TenantDatabase>());

        (await connection.ExecuteScalarAsync<long>(sql)).Should().Be(before)
            .And.Be(Provider == DatabaseProvider.Postgres ? 4 : 12, "two definition and two taxonomy tables, one trigger per event on SQLite");
    }
}

public sealed class SqliteStorefrontVersionTriggersTests : StorefrontVersionTriggersTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresStorefrontVersionTriggersTests : StorefrontVersionTriggersTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
