using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract class ProductContentApiTests : CommerceHttpTestBase
{
    private const string Body = """
        { "contentVersion": 7, "description": "## Warm", "seoTitle": "Summit", "seoDescription": "Warmest.", "media": ["products/x.svg"] }
        """;

    [Fact]
    public async Task Put_NewerThenReplayed_AppliesOnceAndAnswersAppliedFalseForTheReplay()
    {
        var id = await CreateJacketAsync();

        var first = await Admin.PutAsync($"/api/commerce/products/{id}/content", Json(Body));
        var replay = await Admin.PutAsync($"/api/commerce/products/{id}/content", Json(Body));

        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var applied = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        applied["applied"]!.GetValue<bool>().Should().BeTrue();
        applied["product"]!["seoTitle"]!.GetValue<string>().Should().Be("Summit");
        applied["product"]!["media"]!.ToJsonString().Should().Be("""["products/x.svg"]""");
        applied["product"]!["contentVersion"]!.GetValue<long>().Should().Be(7);
        applied["product"]!["version"]!.GetValue<long>().Should().Be(2);
        replay.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replay.Content.ReadFromJsonAsync<JsonObject>())!["applied"]!.GetValue<bool>().Should().BeFalse();
        var stored = (await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{id}"))!;
        (stored["seoDescription"]!.GetValue<string>(), stored["version"]!.GetValue<long>()).Should().Be(("Warmest.", 2L));
        (await CountEventsAsync()).Should().Be(2, "product.created, then one product.updated");
    }

    [Theory]
    [InlineData("\"contentVersion\": 7", "\"contentVersion\": 0", "contentVersion")]
    [InlineData("\"contentVersion\": 7,", "", "contentVersion")]
    [InlineData("\"contentVersion\": 7", "\"contentVersion\": \"7\"", "contentVersion")]
    [InlineData("\"seoTitle\": \"Summit\"", "\"seoTitle\": 5", "seoTitle")]
    [InlineData("\"media\": [\"products/x.svg\"]", "\"media\": [\"a.svg\", \"b.svg\", \"../c.svg\"]", "media[2]")]
    [InlineData("\"media\": [\"products/x.svg\"]", "\"media\": [\"https://cdn.example/x.svg\"]", "media[0]")]
    [InlineData("\"media\": [\"products/x.svg\"]", "\"media\": \"products/x.svg\"", "media")]
    public async Task Put_InvalidField_Returns400NamingItAndWritesNothing(string from, string to, string field)
    {
        var id = await CreateJacketAsync();

        var response = await Admin.PutAsync($"/api/commerce/products/{id}/content", Json(Body.Replace(from, to)));

        await response.ShouldNameFieldAsync(field);
        (await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{id}"))!["version"]!.GetValue<long>().Should().Be(1);
        (await CountEventsAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Put_DescriptionTooLong_Returns400NamingDescription()
    {
        var id = await CreateJacketAsync();

        var response = await Admin.PutAsync($"/api/commerce/products/{id}/content", Json(Body.Replace("## Warm", new string('d', 20_001))));

        await response.ShouldNameFieldAsync("description");
    }

    [Fact]
    public async Task Put_UnknownProduct_Returns404Problem()
    {
        var response = await Admin.PutAsync("/api/commerce/products/prod_missing/content", Json(Body));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_OtherTenantsTokenOrAdmin_CannotReachShopsProduct()
    {
        var id = await CreateJacketAsync();
        using var otherTokenOnShop = Host.CreateClient(ShopHost, OtherAdminToken);

        (await otherTokenOnShop.PutAsync($"/api/commerce/products/{id}/content", Json(Body))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Anonymous.PutAsync($"/api/commerce/products/{id}/content", Json(Body))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await OtherAdmin.PutAsync($"/api/commerce/products/{id}/content", Json(Body))).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var stored = (await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{id}"))!;
        (stored["contentVersion"]!.GetValue<long>(), stored["version"]!.GetValue<long>()).Should().Be((0L, 1L));
        stored["seoTitle"].Should().BeNull();
        (await CountEventsAsync()).Should().Be(1);
    }

    private async Task<string> CreateJacketAsync()
    {
        var created = await Admin.PostAsync("/api/commerce/products", Json(CatalogSamples.JacketJson()));
        created.EnsureSuccessStatusCode();
        return (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    // Creating the jacket also writes a price.changed per priced variant; only the product's own events count here.
    private Task<long> CountEventsAsync() => WithTenantAsync("shop", async services =>
        await (await services.GetRequiredService<DbSession>().GetConnectionAsync())
            .ExecuteScalarAsync<long>("SELECT COUNT(*) FROM commerce_events WHERE aggregate_type = 'product'"));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

public sealed class SqliteProductContentApiTests : ProductContentApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresProductContentApiTests : ProductContentApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
