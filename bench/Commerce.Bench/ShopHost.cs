using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OrchardCommerce.Cms.Web;
using OrchardCommerce.Data;
using OrchardCommerce.Shells;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Commerce.Bench;

/// <summary>Cms.Web on Kestrel (free port, quiet logs, no jobs) whose Default tenant is a store: Commerce enabled.</summary>
internal sealed class ShopHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;

    private ShopHost(WebApplication app, Uri address, string root)
    {
        _app = app;
        Address = address;
        _root = root;
    }

    public Uri Address { get; }

    public static async Task<ShopHost> StartAsync(DatabaseProvider provider)
    {
        var root = Directory.CreateTempSubdirectory("oc-commerce-bench-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "recipes"));
        await File.WriteAllTextAsync(Path.Combine(root, "recipes", "shop.recipe.json"), """
            { "name": "shop", "issetuprecipe": true, "steps": [ { "name": "feature", "enable": [ "OrchardCommerce.Commerce" ], "disable": [] } ] }
            """);
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0", "--environment=Production", "--Jobs:InProcess=false", "--Logging:LogLevel:Default=Warning",
            $"--OrchardCommerce:AppDataPath={Path.Combine(root, "App_Data")}", $"--OrchardCommerce:RecipesPath={Path.Combine(root, "recipes")}",
            "--OrchardCommerce:AutoSetup:Recipe=shop", "--OrchardCommerce:AutoSetup:AdminPassword=Bench-Passw0rd!",
            $"--OrchardCommerce:DatabaseProvider={provider}",
        };
        if (provider == DatabaseProvider.Postgres)
            args.Add($"--OrchardCommerce:ConnectionString={await (await PostgresServer.SharedAsync()).CreateDatabaseAsync()}");
        var app = await CmsApp.StartAsync([.. args]);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ShopHost(app, new Uri(address), root);
    }

    /// <summary>The Default tenant's shell: its database and services, for seeding and the raw baseline.</summary>
    public async Task<ShellContext> ShellAsync()
    {
        var shells = _app.Services.GetRequiredService<ShellHost>();
        return await shells.GetShellAsync(shells.Find(ShellSettings.DefaultName)!);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
