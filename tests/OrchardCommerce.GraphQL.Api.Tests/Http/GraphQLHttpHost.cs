using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// Cms.Web on Kestrel with two tenants set up from their recipes — acme (acme.test) and globex (globex.test) — each
/// serving its real storefront schema, shared by the tests of one class. Tests that write data create their own (unique
/// names), so they do not depend on each other or on their order.
/// </summary>
public abstract class GraphQLHttpHost(DatabaseProvider provider) : IAsyncLifetime
{
    public const string AdminPassword = "Admin#Pass1";
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>A product of recipes/acme.recipe.json, its title and its variant's SKU.</summary>
    public const string Backpack = "trailblazer-45l-backpack";
    public const string BackpackTitle = "Trailblazer 45L Backpack";
    public const string BackpackSku = "ACME-TB45-GRN";

    public CmsTestHost Host { get; private set; } = null!;
    public string AdminToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // No in-process daemon: its sync of the recipes' products writes content in the background after setup, and
        // a write between two requests gives them different ETags (the caching tests caught it).
        Host = await CmsTestHost.StartAsync(provider, new Dictionary<string, string?> { ["Jobs:InProcess"] = "false" });
        var setup = Host.Services.GetRequiredService<TenantSetupService>();
        foreach (var name in new[] { "acme", "globex" })
            await setup.SetupAsync(new ShellSettings { Name = name, RequestUrlHosts = [$"{name}.test"] }, name,
                new TenantAdmin("admin", $"admin@{name}.example.com", AdminPassword));
        var response = await Host.CreateClient("acme.test").PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = AdminPassword });
        response.EnsureSuccessStatusCode();
        AdminToken = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public HttpClient Client(string tenant = "acme", string? bearerToken = null) => Host.CreateClient($"{tenant}.test", bearerToken);

    public async Task<ShellContext> ShellAsync(string tenant)
    {
        var shells = Host.Services.GetRequiredService<ShellHost>();
        return await shells.GetShellAsync(shells.Find(tenant)!);
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope of the tenant's container, as a request would.</summary>
    public async Task<T> InTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = (await ShellAsync(tenant)).Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>A new Page item with a unique title, published or left a draft; answers the title.</summary>
    public Task<string> CreatePageAsync(string tenant, bool publish) => InTenantAsync(tenant, async s =>
    {
        var title = "Page " + Guid.NewGuid().ToString("N")[..10];
        var content = s.GetRequiredService<ContentManager>();
        var item = await content.NewAsync("Page");
        item.DisplayText = title;
        item.Part("TitlePart")["Title"] = title;
        item.Part("AutoroutePart")["Path"] = "/" + title.ToLowerInvariant().Replace(' ', '-');
        await content.CreateAsync(item, publish);
        return title;
    });

    public Task<long> CountAsync(string tenant, string table) => InTenantAsync(tenant, async s =>
        await (await s.GetRequiredService<DbSession>().GetConnectionAsync()).ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}"));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content, string accept)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Accept.ParseAdd(accept);
        return Client().SendAsync(request);
    }

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Body(string query, object? variables = null, string? operationName = null) =>
        Json(new JsonObject
        {
            ["query"] = query,
            ["variables"] = variables is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables)),
            ["operationName"] = operationName,
        }.ToJsonString());

    public static string GetUrl(string query, string? variables = null, string? extensions = null, string? operationName = null)
    {
        var url = "/api/graphql?query=" + Uri.EscapeDataString(query);
        if (variables is not null) url += "&variables=" + Uri.EscapeDataString(variables);
        if (extensions is not null) url += "&extensions=" + Uri.EscapeDataString(extensions);
        if (operationName is not null) url += "&operationName=" + Uri.EscapeDataString(operationName);
        return url;
    }
}

public sealed class SqliteGraphQLHttpHost() : GraphQLHttpHost(DatabaseProvider.Sqlite);

public sealed class PostgresGraphQLHttpHost() : GraphQLHttpHost(DatabaseProvider.Postgres);
