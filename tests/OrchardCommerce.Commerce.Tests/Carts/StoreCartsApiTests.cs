using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Carts;

public abstract class StoreCartsApiTests : CommerceHttpTestBase
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Commerce:TaxRate"] = "0.1",
        ["Commerce:Shipping:EUR:Flat"] = "495",
        ["Commerce:Shipping:EUR:FreeOver"] = "5000",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithTenantAsync("shop", async services =>
        {
            await CatalogSeed.VariantAsync(services, "CAP-1", 100, prices: new Dictionary<string, long> { ["EUR"] = 1250, ["USD"] = 1400 });
            await CatalogSeed.VariantAsync(services, "SOCK-1", 100, prices: new Dictionary<string, long> { ["USD"] = 300 });
            return await CatalogSeed.VariantAsync(services, "OLD-1", 100, status: "archived");
        });
    }

    private Task<long> CountAsync(string sql) => WithTenantAsync("shop", services => CatalogSeed.CountAsync(services, sql));

    [Fact]
    public async Task AddLine_TwiceSameSku_OneLineWithTotalsFromCalculators()
    {
        var cartId = await Anonymous.CreateCartAsync();

        await Anonymous.AddLineAsync(cartId, "CAP-1", 1);
        var cart = await Anonymous.AddLineAsync(cartId, "CAP-1", 2);

        cart["lines"]!.AsArray().Should().ContainSingle();
        cart["lines"]![0]!["quantity"]!.GetValue<long>().Should().Be(3);
        ((long)cart["subtotal"]!, (long)cart["shipping"]!, (long)cart["tax"]!, (long)cart["total"]!).Should().Be((3750L, 495L, 375L, 4620L));
        var more = await Anonymous.AddLineAsync(cartId, "CAP-1", 1);
        ((long)more["shipping"]!).Should().Be(0, "5000 and over ships free");
    }

    [Fact]
    public async Task PatchAndDelete_Line_ChangeQuantityThenRemove()
    {
        var cartId = await Anonymous.CreateCartAsync();
        var lineId = (string)(await Anonymous.AddLineAsync(cartId, "CAP-1", 1))["lines"]![0]!["id"]!;

        var patched = await (await Anonymous.PatchAsJsonAsync($"/api/store/carts/{cartId}/lines/{lineId}", new { quantity = 4 }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var deleted = await Anonymous.DeleteAsync($"/api/store/carts/{cartId}/lines/{lineId}");

        ((long)patched!["subtotal"]!).Should().Be(5000);
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await deleted.Content.ReadFromJsonAsync<JsonObject>())!["lines"]!.AsArray().Should().BeEmpty();
        (await Anonymous.DeleteAsync($"/api/store/carts/{cartId}/lines/{lineId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("CAP-1", 0, "quantity")]
    [InlineData("CAP-1", -2, "quantity")]
    [InlineData("NOPE-9", 1, "sku")]
    [InlineData("OLD-1", 1, "sku")]
    [InlineData("SOCK-1", 1, "currency")]
    public async Task AddLine_BadInput_400NamingFieldAndNothingWritten(string sku, long quantity, string field)
    {
        var cartId = await Anonymous.CreateCartAsync();

        var response = await Anonymous.PostAsJsonAsync($"/api/store/carts/{cartId}/lines", new { sku, quantity });

        await response.ShouldNameFieldAsync(field);
        (await CountAsync("SELECT COUNT(*) FROM commerce_cart_lines")).Should().Be(0);
        (await CountAsync("SELECT MAX(version) FROM commerce_carts")).Should().Be(1);
    }

    [Theory]
    [InlineData("eur", null, "currency")]
    [InlineData("GBP", null, "currency")]
    [InlineData("EUR", "not-an-email", "email")]
    public async Task CreateCart_BadInput_400NamingFieldAndNothingWritten(string currency, string? email, string field)
    {
        var response = await Anonymous.PostAsJsonAsync("/api/store/carts", new { currency, email });

        await response.ShouldNameFieldAsync(field);
        (await CountAsync("SELECT COUNT(*) FROM commerce_carts")).Should().Be(0);
    }

    [Fact]
    public async Task GetCart_PriceChangedSinceAdded_ShowsCurrentPrice()
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "CAP-1", 2);
        await WithTenantAsync("shop", services => CatalogSeed.CountAsync(services,
            "UPDATE commerce_variant_prices SET amount = 1000 WHERE variant_id = 'var_cap-1' AND currency = 'EUR'"));

        var cart = await Anonymous.GetFromJsonAsync<JsonObject>($"/api/store/carts/{cartId}");

        ((long)cart!["lines"]![0]!["unitPrice"]!).Should().Be(1000);
        ((long)cart["subtotal"]!).Should().Be(2000);
    }

    [Fact]
    public async Task GetCart_FromOtherTenant_404()
    {
        var cartId = await Anonymous.CreateCartAsync();

        var response = await OtherAdmin.GetAsync($"/api/store/carts/{cartId}");
        var add = await OtherAdmin.PostAsJsonAsync($"/api/store/carts/{cartId}/lines", new { sku = "CAP-1", quantity = 1 });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        add.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteStoreCartsApiTests : StoreCartsApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresStoreCartsApiTests : StoreCartsApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
