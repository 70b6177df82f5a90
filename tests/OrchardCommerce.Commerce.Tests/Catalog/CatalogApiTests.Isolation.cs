using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract partial class CatalogApiTests
{
    [Fact]
    public async Task AdminApi_AnonymousOrOtherTenantsToken_Returns401()
    {
        using var otherTokenOnShop = Host.CreateClient(ShopHost, OtherAdminToken);

        (await Anonymous.GetAsync("/api/commerce/products")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await PostAsync(Anonymous, "/api/commerce/products", CatalogSamples.JacketJson())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await otherTokenOnShop.GetAsync("/api/commerce/products")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await PostAsync(otherTokenOnShop, "/api/commerce/products", CatalogSamples.JacketJson())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await ShouldHaveNoProductsOrEventsAsync();
    }

    [Fact]
    public async Task OtherTenant_EveryCatalogEndpoint_NeverSeesOrChangesShopsProducts()
    {
        var product = (await (await PostAsync(Admin, "/api/commerce/products", CatalogSamples.JacketJson())).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)product["id"]!;
        using var otherStore = Host.CreateClient(OtherHost);

        (await OtherAdmin.GetFromJsonAsync<JsonObject>("/api/commerce/products"))!["items"]!.AsArray().Should().BeEmpty();
        (await OtherAdmin.GetFromJsonAsync<JsonObject>("/api/commerce/products?search=summit"))!["items"]!.AsArray().Should().BeEmpty();
        (await OtherAdmin.GetAsync($"/api/commerce/products/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await OtherAdmin.PutAsync($"/api/commerce/products/{id}", Json(CatalogSamples.JacketJson()))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await OtherAdmin.PutAsync("/api/commerce/variants/summit-down-jacket-M/prices", Json("""{ "prices": { "USD": 1 } }"""))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await OtherAdmin.DeleteAsync($"/api/commerce/products/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await otherStore.GetFromJsonAsync<JsonObject>("/api/store/products"))!["items"]!.AsArray().Should().BeEmpty();
        (await otherStore.GetAsync("/api/store/products/summit-down-jacket")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{id}"))!["version"]!.GetValue<long>().Should().Be(1);
    }
}
