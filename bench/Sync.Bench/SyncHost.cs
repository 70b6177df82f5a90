using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OrchardCommerce.Cms.Web;

namespace OrchardCommerce.Sync.Bench;

/// <summary>
/// The embedded default (SQLite, jobs and daemon in-process) on a free port with quiet logs; its Default tenant is a
/// store with content, the ProductContent type and sync, and the bench signs in as its administrator.
/// </summary>
internal sealed class SyncHost : IAsyncDisposable
{
    private const string Password = "Bench-Passw0rd!";
    private readonly WebApplication _app;
    private readonly string _root;

    private SyncHost(WebApplication app, HttpClient admin, string root) => (_app, Admin, _root) = (app, admin, root);

    public HttpClient Admin { get; }

    /// <param name="daemon">False: no jobs engine and no daemon in the host (the baseline's host).</param>
    public static async Task<SyncHost> StartAsync(bool daemon = true)
    {
        var root = Directory.CreateTempSubdirectory("oc-sync-bench-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "recipes"));
        await File.WriteAllTextAsync(Path.Combine(root, "recipes", "shop.recipe.json"), Recipe);
        string[] args =
        [
            "--urls=http://127.0.0.1:0", "--environment=Production", "--Logging:LogLevel:Default=Warning",
            $"--OrchardCommerce:AppDataPath={Path.Combine(root, "App_Data")}", $"--OrchardCommerce:RecipesPath={Path.Combine(root, "recipes")}",
            "--OrchardCommerce:AutoSetup:Recipe=shop", $"--OrchardCommerce:AutoSetup:AdminPassword={Password}",
            "--Daemon:TenantRefreshInterval=00:00:01", "--Workflows:Orders:BpmnPath=", $"--Jobs:InProcess={daemon}", $"--Workflows:Embedded={daemon}",
        ];
        var app = await CmsApp.StartAsync(args);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var admin = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = address };
        admin.DefaultRequestHeaders.Host = "localhost";
        var token = await admin.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = Password });
        token.EnsureSuccessStatusCode();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!);
        return new SyncHost(app, admin, root);
    }

    public async Task<string> CreateProductAsync(string handle)
    {
        var response = await Admin.PostAsJsonAsync("/api/commerce/products", new
        {
            handle, title = handle, status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku = handle.ToUpperInvariant(), options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["EUR"] = 1000 } } },
        });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public async Task RepriceAsync(string handle, long price) =>
        (await Admin.PutAsJsonAsync($"/api/commerce/variants/{handle.ToUpperInvariant()}/prices",
            new { prices = new Dictionary<string, long> { ["EUR"] = price } })).EnsureSuccessStatusCode();

    /// <summary>The price the product's ProductContent item shows, or null before it has one.</summary>
    public async Task<decimal?> MirroredPriceAsync(string productId)
    {
        var response = await Admin.GetAsync($"/api/sync/products/{productId}");
        return response.IsSuccessStatusCode ? (decimal?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["latest"]?["price"] : null;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private const string Recipe = """
        { "name": "shop", "issetuprecipe": true, "steps": [
          { "name": "feature", "enable": [ "OrchardCommerce.Commerce", "OrchardCommerce.Contents", "OrchardCommerce.Sync",
              "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Markdown", "OrchardCore.ContentFields" ], "disable": [] },
          { "name": "ContentDefinition",
            "ContentTypes": [ { "Name": "ProductContent", "DisplayName": "Product", "Settings": {}, "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": {} },
                { "PartName": "ProductContent", "Name": "ProductContent", "Settings": {} },
                { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": {} } ] } ],
            "ContentParts": [ { "Name": "ProductContent", "Settings": {}, "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Sku", "Settings": {} },
                { "FieldName": "TextField", "Name": "Handle", "Settings": {} },
                { "FieldName": "NumericField", "Name": "Price", "Settings": { "NumericFieldSettings": { "Scale": 2 } } },
                { "FieldName": "TextField", "Name": "SeoTitle", "Settings": {} },
                { "FieldName": "TextField", "Name": "SeoDescription", "Settings": {} },
                { "FieldName": "MediaField", "Name": "Images", "Settings": {} } ] } ] } ] }
        """;
}
