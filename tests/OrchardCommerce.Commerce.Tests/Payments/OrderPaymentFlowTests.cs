using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Tests.Payments;

/// <summary>Payments against real orders (no test double): store checkout, verify, webhook, refund, over HTTP.</summary>
public abstract class OrderPaymentFlowTests : CommerceHttpTestBase
{
    private string _variant = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _variant = await WithTenantAsync("shop", services => CatalogSeed.VariantAsync(services, "LAMP-1", 10));
    }

    [Fact]
    public async Task Verify_ApprovedToken_OrderPaymentVerifiedThenCompletes()
    {
        var orderId = await PlaceAsync("tok_approve", quantity: 2);

        (await Admin.PostAsync($"/api/commerce/orders/{orderId}/verify-payment", null)).EnsureSuccessStatusCode();
        var verified = await OrderAsync(orderId);
        (await Admin.PostAsync($"/api/commerce/orders/{orderId}/reserve-inventory", null)).EnsureSuccessStatusCode();
        (await Admin.PostAsync($"/api/commerce/orders/{orderId}/complete", null)).EnsureSuccessStatusCode();

        ((string)verified["status"]!, (string)verified["paymentStatus"]!).Should().Be(("payment_verified", "confirmed"));
        ((string)(await OrderAsync(orderId))["status"]!).Should().Be("completed");
        (await LevelsAsync()).Should().Be((8L, 0L));
        (await EventTypesAsync()).Should().Contain([OrchardCommerce.Commerce.Outbox.CommerceEvents.PaymentConfirmed, OrchardCommerce.Commerce.Outbox.CommerceEvents.OrderStatusChanged]);
    }

    [Fact]
    public async Task Webhook_AsyncTokenConfirmedOnce_OrderVerifiedAndReplayChangesNothing()
    {
        var orderId = await PlaceAsync("tok_async");
        var payment = (await (await Admin.PostAsync($"/api/commerce/orders/{orderId}/verify-payment", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var waiting = await OrderAsync(orderId);
        var secret = (string)(await Admin.GetFromJsonAsync<JsonObject>("/api/commerce/payments/webhook-secret"))!["secret"]!;
        var body = new JsonObject { ["id"] = "evt_42", ["type"] = "payment.confirmed", ["paymentReference"] = (string)payment["providerReference"]! }.ToJsonString();

        var first = await PostWebhookAsync(body, WebhookSignature.Sign(secret, body, DateTimeOffset.UtcNow));
        var afterFirst = await OrderAsync(orderId);
        var eventsAfterFirst = (await EventTypesAsync()).Count;
        var replay = await PostWebhookAsync(body, WebhookSignature.Sign(secret, body, DateTimeOffset.UtcNow));

        ((string)waiting["status"]!, (string)waiting["paymentStatus"]!).Should().Be(("pending", "requires_confirmation"));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        ((string)afterFirst["status"]!, (string)afterFirst["paymentStatus"]!).Should().Be(("payment_verified", "confirmed"));
        replay.IsSuccessStatusCode.Should().BeTrue("a redelivery must stop the provider's retries");
        (await OrderAsync(orderId)).ToJsonString().Should().Be(afterFirst.ToJsonString());
        (await EventTypesAsync()).Should().HaveCount(eventsAfterFirst);
    }

    [Fact]
    public async Task Verify_DeclinedToken_OrderFailedAndStockReleased()
    {
        var orderId = await PlaceAsync("tok_decline", quantity: 3);
        (await LevelsAsync()).Should().Be((10L, 3L));

        (await Admin.PostAsync($"/api/commerce/orders/{orderId}/verify-payment", null)).EnsureSuccessStatusCode();

        var order = await OrderAsync(orderId);
        ((string)order["status"]!, (string)order["paymentStatus"]!).Should().Be(("failed", "failed"));
        (await LevelsAsync()).Should().Be((10L, 0L));
    }

    [Fact]
    public async Task Refund_PartThenTooMuch_PartiallyRefundedAndOverLimitNamesAmount()
    {
        var orderId = await PlaceAsync("tok_approve");
        (await Admin.PostAsync($"/api/commerce/orders/{orderId}/verify-payment", null)).EnsureSuccessStatusCode();
        var total = (long)(await OrderAsync(orderId))["total"]!;

        var part = await Admin.PostAsJsonAsync($"/api/commerce/orders/{orderId}/refunds", new { amount = 100, reason = "scratch" });
        var tooMuch = await Admin.PostAsJsonAsync($"/api/commerce/orders/{orderId}/refunds", new { amount = total, reason = "all" });

        part.StatusCode.Should().Be(HttpStatusCode.Created, await part.Content.ReadAsStringAsync());
        await tooMuch.ShouldNameFieldAsync("amount");
        ((string)(await OrderAsync(orderId))["paymentStatus"]!).Should().Be("partially_refunded");
    }

    private async Task<string> PlaceAsync(string token, long quantity = 1)
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "LAMP-1", quantity);
        var body = new
        {
            email = "ann@example.com",
            shippingAddress = new { name = "Ann Example", line1 = "1 Main Street", city = "Berlin", postalCode = "10115", country = "DE" },
            payment = new { provider = "test", token },
        };
        var response = await Anonymous.CheckoutAsync(cartId, Guid.NewGuid().ToString(), body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!;
    }

    private async Task<JsonObject> OrderAsync(string orderId) =>
        (await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/orders/{orderId}"))!;

    private async Task<List<string>> EventTypesAsync() =>
        (await Admin.GetFromJsonAsync<JsonObject>("/api/commerce/events?limit=500"))!["events"]!.AsArray().Select(e => (string)e!["type"]!).ToList();

    private Task<(long OnHand, long Reserved)> LevelsAsync() => WithTenantAsync("shop", services => CatalogSeed.LevelsAsync(services, _variant));

    private Task<HttpResponseMessage> PostWebhookAsync(string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/store/payments/test/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature);
        return Anonymous.SendAsync(request);
    }
}

public sealed class SqliteOrderPaymentFlowTests : OrderPaymentFlowTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOrderPaymentFlowTests : OrderPaymentFlowTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
