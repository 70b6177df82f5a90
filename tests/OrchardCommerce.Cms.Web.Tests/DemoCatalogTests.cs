using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Cms.Web.Tests;

/// <summary>
/// The demo tenants' commerce catalog (the Catalog step) and their ProductContent items describe the same products:
/// commerce owns SKU and price, content mirrors them, so a freshly set-up tenant starts in sync.
/// </summary>
public abstract class DemoCatalogTests(DemoHost demo)
{
    [Theory]
    [InlineData("acme.localhost")]
    [InlineData("globex.localhost")]
    public async Task StoreProducts_DemoTenant_MatchProductContentItems(string host)
    {
        using var client = demo.Client(host);
        var content = (await client.GetFromJsonAsync<JsonObject>("/api/content?type=ProductContent&pageSize=100"))!["items"]!.AsArray()
            .Select(i => (Handle: (string)i!["ProductContent"]!["Handle"]!["Text"]!, Sku: (string)i["ProductContent"]!["Sku"]!["Text"]!,
                Cents: (long)Math.Round((decimal)i["ProductContent"]!["Price"]!["Value"]! * 100), Title: (string)i["DisplayText"]!))
            .OrderBy(p => p.Handle, StringComparer.Ordinal).ToList();

        var store = (await client.GetFromJsonAsync<JsonObject>("/api/store/products?first=100"))!["items"]!.AsArray()
            .Select(p => (Handle: (string)p!["handle"]!, Sku: (string)p["variants"]![0]!["sku"]!,
                Cents: (long)p["variants"]![0]!["prices"]!["USD"]!, Title: (string)p["title"]!))
            .OrderBy(p => p.Handle, StringComparer.Ordinal).ToList();

        content.Should().HaveCount(4);
        store.Should().Equal(content);
        var first = (await client.GetFromJsonAsync<JsonObject>($"/api/store/products/{store[0].Handle}"))!;
        first["variants"]![0]!["available"]!.GetValue<long>().Should().BePositive("the demo catalog is stocked");
    }
}

[Collection(DemoCollection.Name)]
public sealed class SqliteDemoCatalogTests(DemoHost demo) : DemoCatalogTests(demo);

[Collection(PostgresDemoCollection.Name)]
public sealed class PostgresDemoCatalogTests(PostgresDemoHost demo) : DemoCatalogTests(demo);
