using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OrchardCommerce.Cms.Web;

namespace OrchardCommerce.GraphQL.Bench;

/// <summary>
/// Cms.Web in this process on a free port (quiet logs, no jobs), its Default tenant set up from
/// <see cref="BenchTenantRecipe"/>: the real storefront schema over 20 real products with their content.
/// </summary>
internal sealed class OursHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;

    private OursHost(WebApplication app, Uri endpoint, string root)
    {
        _app = app;
        Endpoint = endpoint;
        _root = root;
    }

    public Uri Endpoint { get; }

    public static async Task<OursHost> StartAsync(int products, bool responseCache)
    {
        var root = Directory.CreateTempSubdirectory("oc-graphql-bench-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "recipes"));
        await File.WriteAllTextAsync(Path.Combine(root, "recipes", "graphql-bench.recipe.json"), BenchTenantRecipe.Create(products));
        string[] args =
        [
            "--urls=http://127.0.0.1:0", "--environment=Production", "--Jobs:InProcess=false", "--Logging:LogLevel:Default=Warning",
            $"--OrchardCommerce:AppDataPath={Path.Combine(root, "App_Data")}", $"--OrchardCommerce:RecipesPath={Path.Combine(root, "recipes")}",
            "--OrchardCommerce:AutoSetup:Recipe=graphql-bench", "--OrchardCommerce:AutoSetup:AdminPassword=Bench-Passw0rd!",
            // Without the response cache every request executes: resolvers, data loaders and the database each time.
            $"--GraphQL:MaxCachedResponseBytes={(responseCache ? 1024 * 1024 : 0)}",
        ];
        var app = await CmsApp.StartAsync(args);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OursHost(app, new Uri(new Uri(address), "/api/graphql"), root);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
