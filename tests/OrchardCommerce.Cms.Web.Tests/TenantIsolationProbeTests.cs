using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Cms.Web.Tests;

/// <summary>Every read endpoint of tenant A, called with ids and routes of tenant B, answers 404.</summary>
public abstract class TenantIsolationProbeTests(DemoHost demo)
{
    private static readonly string[] Types = ["Page", "HeroSection", "Branding", "ProductContent"];

    [Fact]
    public async Task ReadEndpoints_IdsAndRoutesOfAnotherTenant_Return404()
    {
        var globexToken = await demo.TokenAsync("globex.localhost");
        var acmeToken = await demo.TokenAsync("acme.localhost");
        var (globexIds, globexRoutes) = await InventoryAsync("globex.localhost", globexToken);
        var (acmeIds, acmeRoutes) = await InventoryAsync("acme.localhost", acmeToken);
        globexIds.Should().HaveCountGreaterThan(5);
        globexRoutes.Except(acmeRoutes).Should().NotBeEmpty();

        // Anonymous (published versions) and with acme's own administrator token (every version status):
        // neither reaches globex's data through acme.
        foreach (var (client, statuses) in new[]
        {
            (demo.Client("acme.localhost"), new[] { "published" }),
            (demo.Client("acme.localhost", acmeToken), new[] { "published", "latest", "draft" }),
        })
        {
            foreach (var id in globexIds)
                foreach (var status in statuses)
                    (await client.GetAsync($"/api/content/{id}?status={status}")).StatusCode
                        .Should().Be(HttpStatusCode.NotFound, $"globex item {id} ({status}) must not exist on acme");
            foreach (var route in globexRoutes.Except(acmeRoutes))
            {
                (await client.GetAsync($"/api/content/by-route?path={Uri.EscapeDataString(route)}")).StatusCode
                    .Should().Be(HttpStatusCode.NotFound, $"globex route {route} must not exist on acme's API");
                (await client.GetAsync(route)).StatusCode.Should().Be(HttpStatusCode.NotFound, $"globex page {route} must not render on acme");
            }
        }
        acmeIds.Intersect(globexIds).Should().BeEmpty();
    }

    [Fact]
    public async Task Token_OfAnotherTenant_IsRejected()
    {
        var globexToken = await demo.TokenAsync("globex.localhost");

        var response = await demo.Client("acme.localhost", globexToken).GetAsync("/api/content?type=Page&status=latest");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_OfATenant_CannotManageTenantsOnDefault()
    {
        var acmeToken = await demo.TokenAsync("acme.localhost");

        var response = await demo.Client("localhost", acmeToken).GetAsync("/api/tenants");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<(List<string> Ids, List<string> Routes)> InventoryAsync(string host, string token)
    {
        using var client = demo.Client(host, token);
        var ids = new List<string>();
        var routes = new List<string>();
        foreach (var type in Types)
        {
            var page = await client.GetFromJsonAsync<JsonObject>($"/api/content?type={type}&status=latest&pageSize=100");
            foreach (var item in page!["items"]!.AsArray())
            {
                ids.Add((string)item!["ContentItemId"]!);
                if (item["AutoroutePart"]?["Path"] is { } path && (string?)path is { Length: > 1 } route) routes.Add(route);
            }
        }
        return (ids, routes);
    }
}

[Collection(DemoCollection.Name)]
public sealed class SqliteTenantIsolationProbeTests(DemoHost demo) : TenantIsolationProbeTests(demo);

[Collection(PostgresDemoCollection.Name)]
public sealed class PostgresTenantIsolationProbeTests(PostgresDemoHost demo) : TenantIsolationProbeTests(demo);
