using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Checkout;

public abstract class CheckoutApiTests : CommerceHttpTestBase
{
    private string _variant = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _variant = await WithTenantAsync("shop", services => CatalogSeed.VariantAsync(services, "HOODIE-1", 50));
    }

    private Task<long> CountAsync(string sql) => WithTenantAsync("shop", services => CatalogSeed.CountAsync(services, sql));

    private Task<(long OnHand, long Reserved)> LevelsAsync() => WithTenantAsync("shop", services => CatalogSeed.LevelsAsync(services, _variant));

    [Fact]
    public async Task Checkout_Valid_201WithTokenThatFindsOrderAndEventsLast()
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "HOODIE-1", 2);

        var response = await Anonymous.CheckoutAsync(cartId, "key-1");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var order = await Anonymous.GetFromJsonAsync<JsonObject>($"/api/store/orders/{body["orderToken"]}");
        ((string)order!["id"]!).Should().Be((string)body["order"]!["id"]!);
        ((string)order["status"]!, (long)order["total"]!, (string)order["shippingAddress"]!["city"]!).Should().Be(("pending", 2000L, "Berlin"));
        (await LevelsAsync()).Should().Be((50L, 2L));
        (await CountAsync("SELECT COUNT(*) FROM commerce_carts WHERE status = 'completed'")).Should().Be(1);
        (await WithTenantAsync("shop", async services => (await services.GetRequiredService<OrchardCommerce.Data.DbSession>().GetConnectionAsync())
            .Query<string>("SELECT type FROM commerce_events ORDER BY sequence").ToList()))
            .Should().Equal("stock.changed", "order.placed");
        (await Anonymous.GetAsync("/api/store/orders/not-a-token")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Checkout_RetriedWithSameKeyAndBody_200SameBody()
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "HOODIE-1", 1);
        var first = await (await Anonymous.CheckoutAsync(cartId, "key-2")).Content.ReadAsStringAsync();

        var retry = await Anonymous.CheckoutAsync(cartId, "key-2");

        retry.StatusCode.Should().Be(HttpStatusCode.OK);
        (await retry.Content.ReadAsStringAsync()).Should().Be(first);
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(1);
    }

    [Fact]
    public async Task Checkout_SameKeyDifferentBody_422()
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "HOODIE-1", 1);
        await Anonymous.CheckoutAsync(cartId, "key-3");

        var response = await Anonymous.CheckoutAsync(cartId, "key-3", StoreClient.CheckoutBody(city: "Hamburg"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Checkout_MoreThanInStock_409NamingSkuAndNothingWritten()
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "HOODIE-1", 51);

        var response = await Anonymous.CheckoutAsync(cartId, "key-4");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["sku"]!.GetValue<string>().Should().Be("HOODIE-1");
        await NothingPlacedAsync();
        (await CountAsync("SELECT COUNT(*) FROM commerce_carts WHERE status = 'open'")).Should().Be(1);
    }

    public static TheoryData<string?, object, string> BadCheckouts => new()
    {
        { null, StoreClient.CheckoutBody(), "Idempotency-Key" },
        { "k", StoreClient.CheckoutBody(email: "ann@"), "email" },
        { "k", new { email = "ann@example.com", shippingAddress = new { name = "Ann", line1 = "1 Main", postalCode = "1", country = "DE" },
            payment = new { provider = "test", token = "t" } }, "shippingAddress.city" },
        { "k", new { email = "ann@example.com", payment = new { provider = "test", token = "t" } }, "shippingAddress" },
        { "k", new { email = "ann@example.com", shippingAddress = new { name = "Ann", line1 = "1", city = "B", postalCode = "1", country = "DE" } }, "payment" },
    };

    [Theory]
    [MemberData(nameof(BadCheckouts))]
    public async Task Checkout_BadInput_400NamingFieldAndNothingWritten(string? key, object body, string field)
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "HOODIE-1", 1);

        var response = await Anonymous.CheckoutAsync(cartId, key, body);

        await response.ShouldNameFieldAsync(field);
        await NothingPlacedAsync();
    }

    [Fact]
    public async Task Checkout_SameKeySentTwentyTimesAtOnce_OneOrderAndSameIdEverywhere()
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "HOODIE-1", 1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Anonymous.CheckoutAsync(cartId, "key-burst")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.OK);
        statuses.Count(s => s == HttpStatusCode.Created).Should().Be(1);
        var ids = await Task.WhenAll(responses.Select(async r => (string)(await r.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!));
        ids.Distinct().Should().ContainSingle();
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(1);
        (await CountAsync("SELECT COUNT(*) FROM commerce_events WHERE type = 'order.placed'")).Should().Be(1);
        (await LevelsAsync()).Should().Be((50L, 1L));
    }

    [Fact]
    public async Task Checkout_OneCartTwentyKeysAtOnce_OneOrderTheRest409()
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "HOODIE-1", 1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Anonymous.CheckoutAsync(cartId, $"key-race-{i}")));

        responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<HttpStatusCode, int> { [HttpStatusCode.Created] = 1, [HttpStatusCode.Conflict] = 19 });
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(1);
        (await CountAsync("SELECT COUNT(*) FROM commerce_idempotency_keys")).Should().Be(1);
        (await LevelsAsync()).Should().Be((50L, 1L));
    }

    [Fact]
    public async Task Checkout_TwoHundredBuyersOfFifty_ExactlyFiftyOrdersNeverOversold()
    {
        var carts = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var cartId = await Anonymous.CreateCartAsync();
            await Anonymous.AddLineAsync(cartId, "HOODIE-1", 1);
            carts.Add(cartId);
        }
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200 }) { BaseAddress = Host.Address };
        client.DefaultRequestHeaders.Host = ShopHost;

        var responses = await Task.WhenAll(carts.Select(cartId => client.CheckoutAsync(cartId, "key-" + cartId)));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        statuses.Should().BeEquivalentTo(new Dictionary<HttpStatusCode, int> { [HttpStatusCode.Created] = 50, [HttpStatusCode.Conflict] = 150 });
        (await LevelsAsync()).Should().Be((50L, 50L));
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(50);
        (await CountAsync("SELECT COUNT(*) FROM commerce_reservations WHERE status = 'active'")).Should().Be(50);
        (await CountAsync("SELECT COUNT(*) FROM commerce_events WHERE type = 'order.placed'")).Should().Be(50);
    }

    private async Task NothingPlacedAsync()
    {
        (await CountAsync("SELECT COUNT(*) FROM commerce_orders")).Should().Be(0);
        (await CountAsync("SELECT COUNT(*) FROM commerce_idempotency_keys")).Should().Be(0);
        (await CountAsync("SELECT COUNT(*) FROM commerce_reservations")).Should().Be(0);
        (await CountAsync("SELECT COUNT(*) FROM commerce_events")).Should().Be(0);
        (await LevelsAsync()).Should().Be((50L, 0L));
    }
}

public sealed class SqliteCheckoutApiTests : CheckoutApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresCheckoutApiTests : CheckoutApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
