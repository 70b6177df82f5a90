using OrchardCommerce.Data;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Core.Tests.Data;

/// <summary>A fresh, empty tenant database on either provider.</summary>
internal static class TestDatabases
{
    public static async Task<TenantDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = provider == DatabaseProvider.Postgres
            ? TenantDatabase.ForPostgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(), "oc_test")
            : TenantDatabase.ForSqlite(Path.Combine(Directory.CreateTempSubdirectory("oc-core-").FullName, "oc.db"));
        await database.EnsureCreatedAsync();
        return database;
    }
}
