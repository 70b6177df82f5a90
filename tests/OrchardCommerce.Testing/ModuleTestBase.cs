using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Recipes.Services;
using Xunit;

namespace OrchardCommerce.Testing;

/// <summary>
/// One module's tenant services built straight from its Startup on a migrated tenant database (a SQLite file or a
/// PostgreSQL schema, per subclass), without an HTTP host: for service, step and export tests.
/// </summary>
public abstract class ModuleTestBase(ModuleStartup module) : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;
    private string? _sqliteFile;

    protected abstract DatabaseProvider Provider { get; }
    protected ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero));
    protected IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>Extra services or configuration a module's tests need, registered before the module's own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public virtual async Task InitializeAsync()
    {
        var schema = "oc_" + module.Manifest.Name.ToLowerInvariant();
        var database = Provider == DatabaseProvider.Postgres
            ? TenantDatabase.ForPostgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(), schema)
            : TenantDatabase.ForSqlite(_sqliteFile = Path.Combine(Path.GetTempPath(), $"{schema}-{Guid.NewGuid():N}.db"));
        await database.EnsureCreatedAsync();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database);
        services.AddSingleton(database.Dialect);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddScoped<DbSession>();
        services.AddTransient<MigrationRunner>();
        ConfigureServices(services);
        module.ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await _services.GetRequiredService<MigrationRunner>().RunAsync();
        _scope = _services.CreateAsyncScope();
    }

    /// <summary>Runs a step through the module's handler inside one unit of work, as the recipe executor does.</summary>
    /// <param name="stepIndex">The step's position in its recipe, which error messages name.</param>
    protected async Task<RecipeReport> RunStepAsync(JsonObject step, RecipeReport? report = null, int stepIndex = 0)
    {
        report ??= new RecipeReport();
        var session = Services.GetRequiredService<DbSession>();
        await using var work = await session.BeginWorkAsync();
        var handler = Services.GetServices<IRecipeStepHandler>().Single(h => h.Name == (string?)step["name"]);
        await handler.ExecuteAsync(new RecipeStepContext("test.recipe.json", stepIndex, step, report), CancellationToken.None);
        await work.CompleteAsync();
        return report;
    }

    /// <summary>The module's export steps in their order, as one recipe's "steps".</summary>
    protected async Task<JsonArray> ExportAsync()
    {
        var steps = new JsonArray();
        foreach (var exporter in Services.GetServices<IRecipeExportStep>().OrderBy(e => e.Order))
            await exporter.ExportAsync(steps, CancellationToken.None);
        return steps;
    }

    /// <summary>A fresh scope (new DbSession, empty caches), as the next request would have.</summary>
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
