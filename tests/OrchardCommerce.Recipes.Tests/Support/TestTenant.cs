using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Migrations;
using OrchardCommerce.Recipes.Migrations;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Recipes.Steps;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>
/// One tenant's services without a host: its database (a SQLite file or a schema on the real PostgreSQL), a scoped
/// DbSession, the recipe services and the test steps, with migrations applied.
/// </summary>
public sealed class TestTenant : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string? _folder;

    private TestTenant(ServiceProvider services, string? folder)
    {
        _services = services;
        _folder = folder;
    }

    public static async Task<TestTenant> CreateAsync(DatabaseProvider provider)
    {
        string? folder = null;
        TenantDatabase database;
        if (provider == DatabaseProvider.Postgres)
            database = TenantDatabase.ForPostgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(), "oc_test");
        else
            database = TenantDatabase.ForSqlite(Path.Combine(folder = Directory.CreateTempSubdirectory("oc-recipes-").FullName, "oc.db"));

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database);
        services.AddSingleton(database.Dialect);
        services.AddScoped<DbSession>();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Site:Owner"] = "ops@example.com" }).Build());
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        services.AddTransient<MigrationRunner>();
        services.AddSingleton<IDataMigration, RecipesMigrations>();
        services.AddSingleton<IDataMigration, TestRowsMigrations>();
        services.AddSingleton<RecipeExpander>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<SiteSettingsStore>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeExportStep, SettingsExportStep>();
        services.AddScoped<IRecipeStepHandler, WriteRowStep>();
        services.AddScoped<IRecipeStepHandler, FailStep>();
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await database.EnsureCreatedAsync();
        await built.GetRequiredService<MigrationRunner>().RunAsync();
        return new TestTenant(built, folder);
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<List<string>> RowsAsync() => InScopeAsync(sp => WriteRowStep.ReadAllAsync(sp.GetRequiredService<DbSession>()));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null) try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
