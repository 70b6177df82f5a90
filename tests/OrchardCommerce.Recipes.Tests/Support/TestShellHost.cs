using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using OrchardCommerce.Data;
using OrchardCommerce.Shells;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>The real ShellHost with the Recipes module and the test-rows feature, without a web server.</summary>
public sealed class TestShellHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _appData;

    private TestShellHost(ServiceProvider services, string appData)
    {
        _services = services;
        _appData = appData;
    }

    public ShellHost Shells => _services.GetRequiredService<ShellHost>();
    public IServiceProvider Services => _services;

    public static async Task<TestShellHost> StartAsync(DatabaseProvider provider)
    {
        var appData = Directory.CreateTempSubdirectory("oc-recipes-host-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["OrchardCommerce:AppDataPath"] = appData,
            ["OrchardCommerce:DatabaseProvider"] = provider.ToString(),
        };
        if (provider == DatabaseProvider.Postgres)
            settings["OrchardCommerce:ConnectionString"] = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = appData, EnvironmentName = "Testing", ApplicationName = "tests" });
        services.AddOrchardCommerce(configuration, new Startup(), new TestRowsModule());
        var built = services.BuildServiceProvider();
        await built.InitializeShellsAsync();
        return new TestShellHost(built, appData);
    }

    public async Task<ShellSettings> CreateTenantAsync(string name)
    {
        var settings = new ShellSettings { Name = name, State = ShellState.Running, RequestUrlHosts = [name.ToLowerInvariant() + ".test"] };
        await Shells.SaveAsync(settings);
        return settings;
    }

    /// <summary>Runs <paramref name="action"/> in a scope of the tenant's current shell.</summary>
    public async Task<T> InTenantAsync<T>(ShellSettings tenant, Func<IServiceProvider, Task<T>> action)
    {
        var shell = await Shells.GetShellAsync(tenant);
        await using var scope = shell.Services.CreateAsyncScopeSafe();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_appData, recursive: true); } catch (IOException) { }
    }
}
