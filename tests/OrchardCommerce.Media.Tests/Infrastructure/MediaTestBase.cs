using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Media.Services;
using OrchardCommerce.Migrations;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Media.Tests.Infrastructure;

/// <summary>
/// A migrated tenant database (SQLite file or PostgreSQL schema, per subclass) with the Media module's services
/// built from its Startup, and a file limit of <see cref="MaxFileBytes"/> so the limit is cheap to test.
/// </summary>
public abstract class MediaTestBase : IAsyncLifetime
{
    protected const long MaxFileBytes = 4096;
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;
    private string? _sqliteFile;

    protected abstract DatabaseProvider Provider { get; }
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero));
    protected IServiceProvider Services => _scope.ServiceProvider;
    protected MediaStore Store => Services.GetRequiredService<MediaStore>();

    public async Task InitializeAsync()
    {
        TenantDatabase database;
        if (Provider == DatabaseProvider.Postgres)
            database = TenantDatabase.ForPostgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(), "oc_media");
        else
            database = TenantDatabase.ForSqlite(_sqliteFile = Path.Combine(Path.GetTempPath(), $"oc-media-{Guid.NewGuid():N}.db"));
        await database.EnsureCreatedAsync();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{MediaOptions.Section}:MaxFileBytes"] = MaxFileBytes.ToString() })
            .Build());
        services.AddSingleton(database);
        services.AddSingleton(database.Dialect);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddScoped<DbSession>();
        services.AddTransient<MigrationRunner>();
        new Startup().ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await _services.GetRequiredService<MigrationRunner>().RunAsync();
        _scope = _services.CreateAsyncScope();
    }

    /// <summary>Runs a step through the module's handler inside one unit of work, as the recipe executor does.</summary>
    protected async Task<RecipeReport> RunStepAsync(JsonObject step)
    {
        var report = new RecipeReport();
        var session = Services.GetRequiredService<DbSession>();
        await using var work = await session.BeginWorkAsync();
        var handler = Services.GetServices<IRecipeStepHandler>().Single(h => h.Name == (string?)step["name"]);
        await handler.ExecuteAsync(new RecipeStepContext("test.recipe.json", 2, step, report), CancellationToken.None);
        await work.CompleteAsync();
        return report;
    }

    /// <summary>The module's export steps, as one recipe's "steps".</summary>
    protected async Task<JsonArray> ExportAsync()
    {
        var steps = new JsonArray();
        foreach (var exporter in Services.GetServices<IRecipeExportStep>().OrderBy(e => e.Order))
            await exporter.ExportAsync(steps, CancellationToken.None);
        return steps;
    }

    /// <summary>A fresh scope (new DbSession), as the next request would have.</summary>
    protected async Task NewScopeAsync()
    {
        await _scope.DisposeAsync();
        _scope = _services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        var database = _services.GetRequiredService<TenantDatabase>();
        await _services.DisposeAsync();
        if (_sqliteFile is not null) await database.DropAsync();
        await database.DisposeAsync();
    }
}
