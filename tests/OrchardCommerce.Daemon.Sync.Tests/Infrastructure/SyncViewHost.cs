using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Daemon.Tests.Sync;
using OrchardCommerce.Jobs.Dashboard.Tests;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Daemon.Sync.Tests.Infrastructure;

/// <summary>
/// The embedded default (<see cref="SyncDemoHost"/>) with a known ops token, sync jobs that dead-letter after two quick
/// attempts, and a recipes folder holding the shipped recipes plus "sync-no-content": Commerce and Sync on, but no
/// ProductContent type, so a product's mirror cannot be written until the type is imported; and "sync-products", the same
/// with acme's ProductContent type, for tests that need a fresh tenant of their own.
/// </summary>
public sealed class SyncViewHost : SyncDemoHost, IAsyncLifetime
{
    public const string OpsToken = "ops-token-for-the-sync-view-tests";
    public const string NoContentRecipe = "sync-no-content";
    public const string ProductsRecipe = "sync-products";
    public const string Password = "Sync-View-Passw0rd!";

    private readonly string _recipes = Directory.CreateTempSubdirectory("oc-sync-recipes-").FullName;

    public SyncViewHost()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Recipes, "*.recipe.json"))
            File.Copy(file, Path.Combine(_recipes, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(_recipes, NoContentRecipe + ".recipe.json"), Recipe(NoContentRecipe).ToJsonString());
        var products = Recipe(ProductsRecipe);
        products["steps"]!.AsArray().Add(ProductContentDefinition());
        File.WriteAllText(Path.Combine(_recipes, ProductsRecipe + ".recipe.json"), products.ToJsonString());
    }

    /// <summary>A ContentDefinition step with acme's ProductContent type and part, and nothing else.</summary>
    public static JsonObject ProductContentDefinition()
    {
        var acme = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Recipes, "acme.recipe.json")), null,
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var step = acme["steps"]!.AsArray().OfType<JsonObject>().Single(s => (string?)s["name"] == "ContentDefinition");
        return new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = new JsonArray(step["ContentTypes"]!.AsArray().Single(t => (string?)t!["Name"] == "ProductContent")!.DeepClone()),
            ["ContentParts"] = new JsonArray(step["ContentParts"]!.AsArray().Single(p => (string?)p!["Name"] == "ProductContent")!.DeepClone()),
        };
    }

    private static JsonObject Recipe(string name) => new()
    {
        ["name"] = name, ["displayName"] = name, ["issetuprecipe"] = true,
        ["steps"] = new JsonArray(new JsonObject
        {
            ["name"] = "feature",
            ["enable"] = new JsonArray("OrchardCore.Contents", "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Markdown",
                "OrchardCore.ContentFields", "OrchardCore.Media", "OrchardCommerce.Commerce", "OrchardCommerce.Sync"),
        }),
    };

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jobs:DashboardToken"] = OpsToken,
        ["OrchardCommerce:RecipesPath"] = _recipes,
        ["Daemon:Sync:MaxAttempts"] = "2",
        ["Daemon:Sync:BaseDelay"] = "00:00:00.100",
    };

    /// <summary>A browser-like client of the dashboard, signed in unless told otherwise.</summary>
    public async Task<DashboardHttpClient> DashboardAsync(bool signedIn = true)
    {
        var client = new DashboardHttpClient(Cms.Address);
        if (signedIn) (await client.LoginAsync(OpsToken)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>Creates a product with one USD price through the tenant's commerce API; returns its id.</summary>
    public static async Task<string> CreateProductAsync(HttpClient tenant, string handle, long cents)
    {
        var created = await tenant.PostAsJsonAsync("/api/commerce/products", new
        {
            handle, title = handle, status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku = handle.ToUpperInvariant(), options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["USD"] = cents } } },
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>The product's content-side view once its link exists.</summary>
    public static Task<JsonObject> LinkedAsync(HttpClient tenant, string productId, int seconds = 30) => EventuallyAsync(async () =>
    {
        var response = await tenant.GetAsync($"/api/sync/products/{productId}");
        var view = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        return view?["contentItemId"] is not null ? view : null;
    }, $"the link of product {productId}", seconds);

    /// <summary>Creates a tenant from <paramref name="recipe"/> through the Default tenant's API; returns its admin's client.</summary>
    public async Task<HttpClient> CreateTenantAsync(string name, string recipe)
    {
        using var root = Cms.CreateClient("localhost", await TokenAsync("localhost", "Demo-Passw0rd!"));
        var host = name + ".localhost";
        var created = await root.PostAsJsonAsync("/api/tenants", new
        {
            name, hosts = new[] { host }, recipe, adminUserName = "admin", adminEmail = $"admin@{host}", adminPassword = Password,
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return Cms.CreateClient(host, await TokenAsync(host, Password));
    }

    /// <summary>Runs <paramref name="action"/> in a scope of the tenant's own services.</summary>
    public async Task InTenantAsync(string tenant, Func<IServiceProvider, Task> action)
    {
        var shells = Cms.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetShellAsync(shells.Find(tenant)!);
        await using var scope = shell.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    private async Task<string> TokenAsync(string host, string password)
    {
        using var anonymous = Cms.CreateClient(host);
        var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password });
        token.EnsureSuccessStatusCode();
        return (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }

    // Re-implements IAsyncLifetime.DisposeAsync (the base one is not virtual) to remove the recipes folder too.
    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_recipes, recursive: true); } catch (IOException) { }
    }
}
