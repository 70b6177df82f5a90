using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Recipes;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;
using OrchardCommerce.Migrations;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Contents.Tests.Infrastructure;

/// <summary>
/// A migrated tenant database (SQLite file or PostgreSQL schema, per subclass) with the module's services built
/// directly from its Startup, and the test content model loaded through the ContentDefinition step.
/// </summary>
public abstract class ContentsTestBase : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;
    private string? _sqliteFile;

    protected abstract DatabaseProvider Provider { get; }
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero));
    protected IServiceProvider Services => _scope.ServiceProvider;
    protected ContentManager Content => Services.GetRequiredService<ContentManager>();
    protected ContentDefinitionStore Definitions => Services.GetRequiredService<ContentDefinitionStore>();

    public async Task InitializeAsync()
    {
        TenantDatabase database;
        if (Provider == DatabaseProvider.Postgres)
            database = TenantDatabase.ForPostgres(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(), "oc_contents");
        else
            database = TenantDatabase.ForSqlite(_sqliteFile = Path.Combine(Path.GetTempPath(), $"oc-contents-{Guid.NewGuid():N}.db"));
        await database.EnsureCreatedAsync();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database);
        services.AddSingleton(database.Dialect);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddScoped<DbSession>();
        services.AddTransient<MigrationRunner>();
        new Startup().ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await _services.GetRequiredService<MigrationRunner>().RunAsync();
        _scope = _services.CreateAsyncScope();
        await RunStepAsync(TestModel.Definition());
    }

    /// <summary>Runs a recipe step through the module's registered handler, as the Recipes module will.</summary>
    protected async Task<RecipeReport> RunStepAsync(JsonObject step, RecipeReport? report = null)
    {
        report ??= new RecipeReport();
        var handler = Services.GetServices<IRecipeStepHandler>().Single(h => h.Name == (string?)step["name"]);
        await handler.ExecuteAsync(new RecipeStepContext("test.recipe.json", 0, step, report), CancellationToken.None);
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
