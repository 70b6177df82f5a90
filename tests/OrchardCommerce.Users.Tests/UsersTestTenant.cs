using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Migrations;
using OrchardCommerce.Shells;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Users.Tests;

/// <summary>
/// A tenant container with the Users module on a fresh real database (SQLite file or PostgreSQL schema),
/// migrated as a shell would be; no HTTP.
/// </summary>
internal sealed class UsersTestTenant : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly ServiceProvider _host;
    private readonly string? _folder;

    private UsersTestTenant(ServiceProvider provider, ServiceProvider host, TenantDatabase database, string? folder)
    {
        _provider = provider;
        _host = host;
        Database = database;
        _folder = folder;
    }

    public TenantDatabase Database { get; }

    public static async Task<UsersTestTenant> CreateAsync(DatabaseProvider provider, TimeProvider? time = null)
    {
        string? folder = null;
        TenantDatabase database;
        if (provider == DatabaseProvider.Postgres)
            database = TenantDatabase.ForPostgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(), "oc_users_test");
        else
        {
            folder = Directory.CreateTempSubdirectory("oc-users-").FullName;
            database = TenantDatabase.ForSqlite(Path.Combine(folder, "oc.db"));
        }
        var host = new ServiceCollection().AddLogging().AddAuthorization().BuildServiceProvider();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new HostServices(host));
        services.AddSingleton(database);
        services.AddSingleton(database.Dialect);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(new ShellSettings { Name = "Test" });
        services.AddScoped<DbSession>();
        services.AddTransient<MigrationRunner>();
        new Startup().ConfigureServices(services);
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await database.EnsureCreatedAsync();
        await built.GetRequiredService<MigrationRunner>().RunAsync();
        return new UsersTestTenant(built, host, database, folder);
    }

    public AsyncServiceScope CreateScope() => _provider.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _host.DisposeAsync();
        await Database.DisposeAsync();
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
