using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Data;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Cms.Web.Tests;

/// <summary>
/// Cms.Web as `dotnet run` starts it (auto setup from recipes/default.recipe.json: Default, acme, globex),
/// on real Kestrel. Tests that change data create a tenant of their own instead of touching the demo ones.
/// </summary>
public class DemoHost : IAsyncLifetime
{
    public const string AdminPassword = "Demo-Passw0rd!";

    public CmsTestHost Host { get; private set; } = null!;
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async Task InitializeAsync()
    {
        Host = await CmsTestHost.StartAsync(Provider, new Dictionary<string, string?>
        {
            ["OrchardCommerce:AutoSetup:Enabled"] = "true",
            ["OrchardCommerce:AutoSetup:AdminPassword"] = AdminPassword,
        });
        await WaitUntilAsync("acme.localhost");
        await WaitUntilAsync("globex.localhost");
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    public HttpClient Client(string host, string? token = null) => Host.CreateClient(host, token);

    public async Task<string> TokenAsync(string host, string userName = "admin", string password = AdminPassword)
    {
        using var client = Client(host);
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }

    /// <summary>
    /// Creates a tenant of its own for one test, set up from <paramref name="recipe"/>, with the same admin; a site to
    /// import into, so without a store of its own (the daemon would otherwise add one while the test imports).
    /// </summary>
    public async Task<string> CreateTenantAsync(string name, string recipe)
    {
        using var client = Client("localhost", await TokenAsync("localhost"));
        var response = await client.PostAsJsonAsync("/api/tenants", new
        {
            name,
            hosts = new[] { $"{name}.localhost" },
            recipe,
            adminUserName = "admin",
            adminEmail = "admin@example.com",
            adminPassword = AdminPassword,
            store = false,
        });
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Creating tenant {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return $"{name}.localhost";
    }

    // Auto setup runs in the background after start; the demo tenants answer once their recipes have run.
    private async Task WaitUntilAsync(string host)
    {
        using var client = Client(host);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((await client.GetAsync("/")).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{host} did not come up within 60 s.");
    }
}

/// <summary>The same demo system on PostgreSQL (a schema per tenant).</summary>
public sealed class PostgresDemoHost : DemoHost
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoHost>
{
    public const string Name = "demo";
}

[CollectionDefinition(Name)]
public sealed class PostgresDemoCollection : ICollectionFixture<PostgresDemoHost>
{
    public const string Name = "demo-postgres";
}
