using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// Cms.Web on Kestrel with two tenants set up from their recipes — acme (acme.test) and globex (globex.test) — shared by
/// the HTTP tests of one database provider. Tests that write data create their own, so they do not depend on each other.
/// </summary>
public abstract class GraphQLHttpHost(DatabaseProvider provider) : IAsyncLifetime
{
    public const string AdminPassword = "Admin#Pass1";

    public CmsTestHost Host { get; private set; } = null!;
    public string AdminToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await CmsTestHost.StartAsync(provider, configure: builder =>
            builder.Services.AddSingleton<IStorefrontSchemaProvider, TestSchemaProvider>());
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
