using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OrchardCommerce.Cms.Web;
using OrchardCommerce.Daemon.Orders;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>
/// The embedded default as `dotnet run --project src/Cms.Web` starts it (SQLite, embedded engine, daemon in-process,
/// bpmn/ deployed), on a free port with quiet logs; its Default tenant is a store and the bench signs in as admin.
/// </summary>
internal sealed class EmbeddedHost : IAsyncDisposable
{
    private const string Password = "Bench-Passw0rd!";
    private readonly WebApplication _app;
    private readonly string _root;

    private readonly bool _keepRoot;

    private EmbeddedHost(WebApplication app, HttpClient admin, HttpClient store, string root, bool keepRoot)
    {
        _app = app;
        Admin = admin;
        Store = store;
        _root = root;
        _keepRoot = keepRoot;
    }

    /// <summary>The folder with the host's recipes and App_Data; pass it to the next host to restart on the same data.</summary>
    public string Root => _root;

    /// <summary>Signed in as the Default tenant's administrator, for the admin APIs.</summary>
    public HttpClient Admin { get; }

    /// <summary>A shopper's client: the store API, anonymous, as a storefront calls it.</summary>
    public HttpClient Store { get; }

    /// <param name="workflows">False: no engine and no daemon, only the store (the baseline's host).</param>
    /// <param name="root">An earlier host's <see cref="Root"/> to start on its data (kept at dispose), or null for a new one.</param>
    public static async Task<EmbeddedHost> StartAsync(int connections, bool workflows, string? root = null)
    {
        var keepRoot = root is not null;
        root ??= Directory.CreateTempSubdirectory("oc-workflows-bench-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "recipes"));
        await File.WriteAllTextAsync(Path.Combine(root, "recipes", "shop.recipe.json"), """
            { "name": "shop", "issetuprecipe": true, "steps": [ { "name": "feature", "enable": [ "OrchardCommerce.Commerce" ], "disable": [] } ] }
            """);
        string[] args =
        [
            "--urls=http://127.0.0.1:0", "--environment=Production", "--Logging:LogLevel:Default=Warning",
            $"--OrchardCommerce:AppDataPath={Path.Combine(root, "App_Data")}", $"--OrchardCommerce:RecipesPath={Path.Combine(root, "recipes")}",
            "--OrchardCommerce:AutoSetup:Recipe=shop", $"--OrchardCommerce:AutoSetup:AdminPassword={Password}",
            $"--Workflows:Orders:BpmnPath={Path.Combine(RepoPaths.Root, "bpmn")}", "--Daemon:TenantRefreshInterval=00:00:01",
            $"--Workflows:Embedded={workflows}", $"--Jobs:InProcess={workflows}",
        ];
        var app = await CmsApp.StartAsync(args);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var admin = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = address };
        admin.DefaultRequestHeaders.Host = "localhost";
        var store = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = address };
        store.DefaultRequestHeaders.Host = "localhost";
        var token = await admin.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = Password });
        token.EnsureSuccessStatusCode();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!);
        if (workflows) await app.Services.GetRequiredService<BpmnDeployer>().Deployed;
        return new EmbeddedHost(app, admin, store, root, keepRoot);
    }

    /// <summary>A product with one SKU and <paramref name="onHand"/> units, through the admin API.</summary>
    public async Task SeedAsync(string sku, long onHand)
    {
        var product = new
        {
            handle = sku.ToLowerInvariant(), title = sku, status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku, options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["EUR"] = 1999 } } },
        };
        (await Admin.PostAsJsonAsync("/api/commerce/products", product)).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync("/api/commerce/locations", new { handle = "main", name = "Main" })).EnsureSuccessStatusCode();
        (await Admin.PutAsJsonAsync($"/api/commerce/inventory/{sku}/main", new { onHand })).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Store.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (!_keepRoot)
            try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
