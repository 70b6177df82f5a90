using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract partial class CatalogApiTests : CommerceHttpTestBase
{
    [Fact]
    public async Task Create_ValidProduct_Returns201AndStoreShowsItWithAvailability()
    {
        var created = await PostAsync(Admin, "/api/commerce/products", CatalogSamples.JacketJson());
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var product = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        await WithTenantAsync("shop", async services =>
        {
            await using var session = services.GetRequiredService<DbSession>();
            await using var work = await session.BeginWorkAsync();
            await work.Connection.ExecuteAsync("INSERT INTO commerce_locations (id, handle, name) VALUES ('l1', 'main', 'Main'), ('l2', 'east', 'East')", transaction: work.Transaction);
            await work.Connection.ExecuteAsync("""
                INSERT INTO commerce_inventory_levels (variant_id, location_id, on_hand, reserved, version) VALUES (@id, 'l1', 10, 3, 1), (@id, 'l2', 4, 0, 1)
                """, new { id = (string)product["variants"]![0]!["id"]! }, work.Transaction);
            await work.CompleteAsync();
            return 0;
        });

        var store = (await Anonymous.GetFromJsonAsync<JsonObject>("/api/store/products/summit-down-jacket"))!;

        store["variants"]![0]!["available"]!.GetValue<long>().Should().Be(11);
        store["variants"]![1]!["available"]!.GetValue<long>().Should().Be(0);
        store["variants"]![1]!["prices"]!["EUR"]!.GetValue<long>().Should().Be(22900);
        store.ContainsKey("version").Should().BeFalse("the store shows no internals");
        var list = (await Anonymous.GetFromJsonAsync<JsonObject>("/api/store/products?first=10"))!;
        list["items"]!.AsArray().Select(p => (string)p!["handle"]!).Should().Equal("summit-down-jacket");
        (await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{product["id"]}"))!["title"]!.GetValue<string>().Should().Be("Summit Down Jacket");
    }

    [Theory]
    [InlineData("22900", "\"handle\": \"summit-down-jacket\"", "\"handle\": \"Summit Jacket\"", "handle")]
    [InlineData("-5", "", "", "variants[1].prices.EUR")]
    [InlineData("\"12\"", "", "", "variants[1].prices.EUR")]
    [InlineData("22900", "\"Size\": \"M\" }", "\"Size\": \"XS\" }", "variants[0].options.Size")]
    [InlineData("22900", "\"sku\": \"summit-down-jacket-L\"", "\"sku\": \"\"", "variants[1].sku")]
    public async Task Create_InvalidField_Returns400NamingItAndWritesNothing(string eur, string from, string to, string field)
    {
        var json = CatalogSamples.JacketJson(eur: eur);
        if (from.Length > 0) json = json.Replace(from, to);

        var response = await PostAsync(Admin, "/api/commerce/products", json);

        await response.ShouldNameFieldAsync(field);
        await ShouldHaveNoProductsOrEventsAsync();
    }

    [Fact]
    public async Task Create_DuplicateHandle_Returns409()
    {
        (await PostAsync(Admin, "/api/commerce/products", CatalogSamples.JacketJson())).EnsureSuccessStatusCode();

        var response = await PostAsync(Admin, "/api/commerce/products", CatalogSamples.JacketJson());

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).Should().Contain("handle");
    }

    [Fact]
    public async Task Update_PutAndPrices_ReplaceFieldsAndStatusHidesFromStore()
    {
        var product = (await (await PostAsync(Admin, "/api/commerce/products", CatalogSamples.JacketJson())).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)product["id"]!;

        var put = await Admin.PutAsync($"/api/commerce/products/{id}", Json(CatalogSamples.JacketJson(status: "archived")));
        var prices = await Admin.PutAsync("/api/commerce/variants/summit-down-jacket-M/prices", Json("""{ "prices": { "USD": 100, "CHF": 90 } }"""));
        var badPrices = await Admin.PutAsync("/api/commerce/variants/summit-down-jacket-M/prices", Json("""{ "prices": { "chf": 90 } }"""));

        put.StatusCode.Should().Be(HttpStatusCode.OK);
        (await put.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<long>().Should().Be(2);
        prices.StatusCode.Should().Be(HttpStatusCode.OK);
        await badPrices.ShouldNameFieldAsync("prices.chf");
        var stored = (await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{id}"))!;
        stored["variants"]![0]!["prices"]!.ToJsonString().Should().Be("""{"CHF":90,"USD":100}""");
        (await Anonymous.GetAsync("/api/store/products/summit-down-jacket")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Admin.DeleteAsync($"/api/commerce/products/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Admin.GetAsync($"/api/commerce/products/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Taxonomy_CreateAndFilter_ListsByCategoryAndCollection()
    {
        (await PostAsync(Admin, "/api/commerce/categories", """{ "handle": "outerwear", "title": "Outerwear" }""")).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync(Admin, "/api/commerce/collections", """{ "handle": "winter", "title": "Winter" }""")).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await PostAsync(Admin, "/api/commerce/categories", """{ "handle": "Bad Handle", "title": "x" }""")).ShouldNameFieldAsync("handle");
        var json = CatalogSamples.JacketJson().TrimEnd().TrimEnd('}') + """, "categories": ["outerwear"], "collections": ["winter"] }""";
        (await PostAsync(Admin, "/api/commerce/products", json)).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await PostAsync(Admin, "/api/commerce/products", CatalogSamples.JacketJson("other").TrimEnd().TrimEnd('}') + """, "categories": ["nope"] }"""))
            .ShouldNameFieldAsync("categories[0]");

        var byCategory = (await Admin.GetFromJsonAsync<JsonObject>("/api/commerce/products?category=outerwear&page=1&pageSize=5"))!;
        var byCollection = (await Anonymous.GetFromJsonAsync<JsonObject>("/api/store/products?collection=winter"))!;
        var categories = (await Anonymous.GetFromJsonAsync<JsonArray>("/api/store/categories"))!;

        byCategory["totalCount"]!.GetValue<long>().Should().Be(1);
        byCollection["items"]!.AsArray().Should().ContainSingle();
        categories.Select(c => (string)c!["handle"]!).Should().Equal("outerwear");
        await (await Admin.GetAsync("/api/commerce/products?first=0")).ShouldNameFieldAsync("first");
    }

    private async Task ShouldHaveNoProductsOrEventsAsync()
    {
        var counts = await WithTenantAsync("shop", async services =>
        {
            var connection = await services.GetRequiredService<DbSession>().GetConnectionAsync();
            return (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM commerce_products"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM commerce_events"));
        });
        counts.Should().Be((0L, 0L));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json) => client.PostAsync(path, Json(json));
}

public sealed class SqliteCatalogApiTests : CatalogApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresCatalogApiTests : CatalogApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
