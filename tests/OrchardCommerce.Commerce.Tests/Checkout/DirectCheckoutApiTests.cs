using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Checkout;

/// <summary>POST /api/store/checkout: lines in the body, the cart written already checked out, one transaction.</summary>
public abstract class DirectCheckoutApiTests : CommerceHttpTestBase
{
    private string _hoodie = null!;
    private string _cap = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _hoodie = await WithTenantAsync("shop", services => CatalogSeed.VariantAsync(services, "HOODIE-1", 50));
        _cap = await WithTenantAsync("shop", services => CatalogSeed.VariantAsync(services, "CAP-1", 5,
            prices: new Dictionary<string, long> { ["EUR"] = 500, ["USD"] = 600 }));
    }

    private Task<long> CountAsync(string sql) => WithTenantAsync("shop", services => CatalogSeed.CountAsync(services, sql));

    private Task<(long OnHand, long Reserved)> LevelsAsync(string variant) =>
        WithTenantAsync("shop", services => CatalogSeed.LevelsAsync(services, variant));

    private static object Line(string sku, long quantity) => new { sku, quantity };

    [Fact]
    public async Task Checkout_TwoSkus_201OrderFromACheckedOutCartWithStockReservedAndEventsLast()
    {
        var response = await Anonymous.CheckoutLinesAsync("direct-1",
            StoreClient.DirectBody([Line("HOODIE-1", 2), Line("CAP-1", 1), Line("HOODIE-1", 1)]));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var order = (await Anonymous.GetFromJsonAsync<JsonObject>($"/api/store/orders/{body["orderToken"]}"))!;
        ((string)order["status"]!, (long)order["subtotal"]!, (string)order["email"]!).Should().Be(("pending", 3500L, "ann@example.com"));
        order["lines"]!.AsArray().Select(l => ((string)l!["sku"]!, (long)l["quantity"]!)).Should().Equal(("HOODIE-1", 3L), ("CAP-1", 1L));
        (await LevelsAsync(_hoodie)).Should().Be((50L, 3L));
        (await LevelsAsync(_cap)).Should().Be((5L, 1L));
        var cart = await WithTenantAsync("shop", async services => (await (await services.GetRequiredService<DbSession>().GetConnectionAsync())
            .QueryAsync<(string, string, long)>("SELECT c.status, c.order_id, (SELECT COUNT(*) FROM commerce_cart_lines l WHERE l.cart_id = c.id) FROM commerce_carts c")).Single());
        cart.Should().Be(("completed", (string)order["id"]!, 2L));
        (await WithTenantAsync("shop", async services => (await (await services.GetRequiredService<DbSession>().GetConnectionAsync())
            .QueryAsync<string>("SELECT type FROM commerce_events ORDER BY sequence")).ToList()))
            .Should().Equal("stock.changed", "stock.changed", "order.placed");
    }

    [Fact]
    public async Task Checkout_TwoLocations_StockChangedCarriesTheStockAsReadAfterwards()
    {
        await WithTenantAsync("shop", async services => { await CatalogSeed.StockAsync(services, _hoodie, "annex", 7); return true; });

        var response = await Anonymous.CheckoutLinesAsync("direct-stock", StoreClient.DirectBody([Line("HOODIE-1", 4), Line("CAP-1", 5)]));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        await WithTenantAsync("shop", async services =>
        {
            var connection = await services.GetRequiredService<DbSession>().GetConnectionAsync();
            var written = (await connection.QueryAsync<(string Id, long Version, string Payload)>(
                "SELECT aggregate_id, aggregate_version, payload FROM commerce_events WHERE type = 'stock.changed' ORDER BY aggregate_id")).ToList();
            var (expected, _) = await services.GetRequiredService<StockReader>().ChangedAsync([_hoodie, _cap]);
            written.Select(e => (e.Id, e.Version)).Should().Equal(expected.Select(e => (e.AggregateId, e.AggregateVersion)));
            for (var i = 0; i < written.Count; i++)
                JsonNode.DeepEquals(JsonNode.Parse(written[i].Payload), JsonSerializer.SerializeToNode(expected[i].Payload, JsonSerializerOptions.Web))
                    .Should().BeTrue($"{written[i].Payload} should carry the stock as read afterwards");
            return true;
        });
        (await LevelsAsync(_hoodie)).Should().Be((57L, 4L));
    }

    [Fact]
    public async Task Checkout_RetriedWithSameKeyAndBody_200SameBody_DifferentBody422()
    {
        var body = StoreClient.DirectBody([Line("CAP-1", 1)]);
        var first = await (await Anonymous.CheckoutLinesAsync("direct-2", body)).Content.ReadAsStringAsync();

        var retry = await Anonymous.CheckoutLinesAsync("direct-2", body);
        var changed = await Anonymous.CheckoutLinesAsync("direct-2", StoreClient.DirectBody([Line("CAP-1", 2)]));

        retry.StatusCode.Should().Be(HttpStatusCode.OK);
        (await retry.Content.ReadAsStringAsync()).Should().Be(first);
        changed.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(1);
        (await LevelsAsync(_cap)).Should().Be((5L, 1L));
    }

    // The catalog is changed with plain SQL, as another node would change it: nothing here tells this node's quote cache.
    private Task ChangeCatalogAsync(string sql) => WithTenantAsync("shop", async services =>
        await (await services.GetRequiredService<DbSession>().GetConnectionAsync()).ExecuteAsync(sql));

    [Fact]
    public async Task Checkout_PriceAndTitleChangedElsewhereAfterAQuote_OrderHasTheNewOnes()
    {
        (await Anonymous.CheckoutLinesAsync("quote-1", StoreClient.DirectBody([Line("HOODIE-1", 1)]))).StatusCode.Should().Be(HttpStatusCode.Created);
        await ChangeCatalogAsync("UPDATE commerce_variant_prices SET amount = 1250 WHERE variant_id = 'var_hoodie-1'");
        await ChangeCatalogAsync("UPDATE commerce_products SET title = 'Zip Hoodie' WHERE id = 'prod_hoodie-1'");

        var response = await Anonymous.CheckoutLinesAsync("quote-2", StoreClient.DirectBody([Line("HOODIE-1", 2)]));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var order = (await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!;
        var line = order["lines"]![0]!;
        ((long)order["subtotal"]!, (long)line["unitPrice"]!, (string)line["title"]!).Should().Be((2500L, 1250L, "Zip Hoodie – Default"));
        // The attempt on the old quote rolled back whole: two orders, three units reserved, one order.placed each.
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(2);
        (await CountAsync("SELECT COUNT(*) FROM commerce_carts")).Should().Be(2);
        (await CountAsync("SELECT COUNT(*) FROM commerce_events WHERE type = 'order.placed'")).Should().Be(2);
        (await LevelsAsync(_hoodie)).Should().Be((50L, 3L));
    }

    [Fact]
    public async Task Checkout_ProductArchivedElsewhereAfterAQuote_400NamingTheLineAndNothingMoreWritten()
    {
        (await Anonymous.CheckoutLinesAsync("quote-3", StoreClient.DirectBody([Line("CAP-1", 1)]))).StatusCode.Should().Be(HttpStatusCode.Created);
        await ChangeCatalogAsync("UPDATE commerce_products SET status = 'archived' WHERE id = 'prod_cap-1'");

        var response = await Anonymous.CheckoutLinesAsync("quote-4", StoreClient.DirectBody([Line("CAP-1", 1)]));

        await response.ShouldNameFieldAsync("lines[0].sku");
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(1);
        (await CountAsync("SELECT COUNT(*) FROM commerce_idempotency_keys")).Should().Be(1);
        (await LevelsAsync(_cap)).Should().Be((5L, 1L));
    }

    [Fact]
    public async Task Checkout_OtherCurrency_PricedInIt()
    {
        var response = await Anonymous.CheckoutLinesAsync("direct-usd", StoreClient.DirectBody([Line("CAP-1", 2)], currency: "USD"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var order = (await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!;
        ((string)order["currency"]!, (long)order["subtotal"]!).Should().Be(("USD", 1200L));
    }

    [Fact]
    public async Task Checkout_MoreThanInStock_409NamingSkuAndNothingWritten()
    {
        var response = await Anonymous.CheckoutLinesAsync("direct-3", StoreClient.DirectBody([Line("HOODIE-1", 1), Line("CAP-1", 6)]));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["sku"]!.GetValue<string>().Should().Be("CAP-1");
        await NothingWrittenAsync();
    }

    public static TheoryData<string?, object, string> BadCheckouts => new()
    {
        { null, StoreClient.DirectBody([new { sku = "CAP-1", quantity = 1 }]), "Idempotency-Key" },
        { "k", StoreClient.DirectBody([new { sku = "CAP-1", quantity = -1 }]), "lines[0].quantity" },
        { "k", StoreClient.DirectBody([new { sku = "CAP-1", quantity = 1 }, new { sku = "NOPE-9", quantity = 1 }]), "lines[1].sku" },
        { "k", StoreClient.DirectBody([new { sku = "HOODIE-1", quantity = 1 }], currency: "USD"), "currency" },
        { "k", StoreClient.DirectBody([new { sku = "CAP-1", quantity = 1 }], currency: "euro"), "currency" },
        { "k", StoreClient.DirectBody([new { sku = "CAP-1", quantity = 1 }], email: "ann@"), "email" },
        { "k", StoreClient.DirectBody([]), "lines" },
        { "k", new { currency = "EUR", email = "ann@example.com", payment = new { provider = "test", token = "t" } }, "lines" },
    };

    [Theory]
    [MemberData(nameof(BadCheckouts))]
    public async Task Checkout_BadInput_400NamingFieldAndNothingWritten(string? key, object body, string field)
    {
        var response = await Anonymous.CheckoutLinesAsync(key, body);

        await response.ShouldNameFieldAsync(field);
        await NothingWrittenAsync();
    }

    [Fact]
    public async Task Checkout_SameKeySentTwentyTimesAtOnce_OneOrder()
    {
        var body = StoreClient.DirectBody([Line("HOODIE-1", 1)]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Anonymous.CheckoutLinesAsync("direct-burst", body)));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.OK);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        var ids = await Task.WhenAll(responses.Select(async r => (string)(await r.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!));
        ids.Distinct().Should().ContainSingle();
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(1);
        (await CountAsync("SELECT COUNT(*) FROM commerce_carts")).Should().Be(1);
        (await LevelsAsync(_hoodie)).Should().Be((50L, 1L));
    }

    [Fact]
    public async Task Checkout_TwoHundredBuyersOfFifty_ExactlyFiftyOrdersNeverOversold()
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200 }) { BaseAddress = Host.Address };
        client.DefaultRequestHeaders.Host = ShopHost;

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            client.CheckoutLinesAsync($"buyer-{i}", StoreClient.DirectBody([Line("HOODIE-1", 1)]))));

        responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<HttpStatusCode, int> { [HttpStatusCode.Created] = 50, [HttpStatusCode.Conflict] = 150 });
        (await LevelsAsync(_hoodie)).Should().Be((50L, 50L));
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(50);
        (await CountAsync("SELECT COUNT(*) FROM commerce_carts")).Should().Be(50);
        (await CountAsync("SELECT COUNT(*) FROM commerce_events WHERE type = 'order.placed'")).Should().Be(50);
    }

    private async Task NothingWrittenAsync()
    {
        foreach (var table in new[] { "commerce_orders", "commerce_carts", "commerce_cart_lines", "commerce_idempotency_keys", "commerce_reservations", "commerce_events" })
            (await CountAsync($"SELECT COUNT(*) FROM {table}")).Should().Be(0, table);
        (await LevelsAsync(_hoodie)).Should().Be((50L, 0L));
        (await LevelsAsync(_cap)).Should().Be((5L, 0L));
    }
}

public sealed class SqliteDirectCheckoutApiTests : DirectCheckoutApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresDirectCheckoutApiTests : DirectCheckoutApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
