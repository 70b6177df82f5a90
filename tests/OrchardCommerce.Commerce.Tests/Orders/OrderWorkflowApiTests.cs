using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Orders;

/// <summary>What the order workflow's workers do through the admin API, signed in with the daemon's service token.</summary>
public abstract class OrderWorkflowApiTests : CommerceHttpTestBase
{
    private const string ServiceToken = "ocd_0123456789abcdef0123456789abcdef0123456789abcdef";

    protected override Dictionary<string, string?> Settings => new() { ["Daemon:ServiceToken"] = ServiceToken };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithTenantAsync("shop", services => CatalogSeed.VariantAsync(services, "BAG-1", 10));
    }

    private HttpClient Daemon(string host) => Host.CreateClient(host, ServiceToken);

    [Fact]
    public async Task ServiceToken_InEachTenant_ActsAsDaemonThere()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");

        var read = await Daemon(ShopHost).GetAsync($"/api/commerce/orders/{orderId}");
        var events = await Daemon(OtherHost).GetAsync("/api/commerce/events");
        var elsewhere = await Daemon(OtherHost).GetAsync($"/api/commerce/orders/{orderId}");

        read.StatusCode.Should().Be(HttpStatusCode.OK);
        events.StatusCode.Should().Be(HttpStatusCode.OK);
        elsewhere.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ServiceToken_WrongOrForUsers_Refused()
    {
        var wrong = Host.CreateClient(ShopHost, ServiceToken[..^1] + "0");

        (await wrong.GetAsync("/api/commerce/orders")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Daemon(ShopHost).GetAsync("/api/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Action_WithWorkflowPosition_RecordsBothInOneCall()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");

        var response = await Daemon(ShopHost).PostAsJsonAsync($"/api/commerce/orders/{orderId}/cancel",
            new { reason = "Payment timed out.", processInstanceKey = "2251799813685300", currentStep = "cancelling" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var order = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)order["status"]!, (string)order["processInstanceKey"]!, (string)order["currentStep"]!)
            .Should().Be(("cancelled", "2251799813685300", "cancelling"));
    }

    [Fact]
    public async Task Action_RefusedWithWorkflowPosition_409AndThePositionNotRecorded()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");
        var before = await Daemon(ShopHost).GetFromJsonAsync<JsonObject>($"/api/commerce/orders/{orderId}");

        // A pending order cannot complete; the position is written first in the step's unit of work, so it must roll back.
        var response = await Daemon(ShopHost).PostAsJsonAsync($"/api/commerce/orders/{orderId}/complete",
            new { reason = "Done.", processInstanceKey = "2251799813685500", currentStep = "completing" });
        var after = await Daemon(ShopHost).GetFromJsonAsync<JsonObject>($"/api/commerce/orders/{orderId}");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        after!["processInstanceKey"].Should().BeNull();
        after["currentStep"].Should().BeNull();
        ((long)after["version"]!).Should().Be((long)before!["version"]!);
    }

    [Fact]
    public async Task Notification_SentTwice_RecordedOnce()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");

        var first = await Daemon(ShopHost).PostAsJsonAsync($"/api/commerce/orders/{orderId}/notifications", new { template = "order-confirmation" });
        var second = await Daemon(ShopHost).PostAsJsonAsync($"/api/commerce/orders/{orderId}/notifications", new { template = "order-confirmation" });

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var history = (await second.Content.ReadFromJsonAsync<JsonObject>())!["history"]!.AsArray();
        history.Where(h => (string)h!["field"]! == "notification").Select(h => (string)h!["reason"]!)
            .Should().Equal("Sent 'order-confirmation' to ann@example.com.");
    }

    [Fact]
    public async Task VerifyPaymentAndNotification_WithWorkflowPosition_RecordTheStep()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");

        var verify = await Daemon(ShopHost).PostAsJsonAsync($"/api/commerce/orders/{orderId}/verify-payment",
            new { processInstanceKey = "2251799813685400", currentStep = "verifying payment" });
        var afterVerify = await Daemon(ShopHost).GetFromJsonAsync<JsonObject>($"/api/commerce/orders/{orderId}");
        var notify = await Daemon(ShopHost).PostAsJsonAsync($"/api/commerce/orders/{orderId}/notifications",
            new { template = "order-confirmation", processInstanceKey = "2251799813685400", currentStep = "notifying customer" });

        verify.StatusCode.Should().Be(HttpStatusCode.OK);
        ((string)afterVerify!["currentStep"]!, (string)afterVerify["paymentStatus"]!).Should().Be(("verifying payment", "confirmed"));
        ((string)(await notify.Content.ReadFromJsonAsync<JsonObject>())!["currentStep"]!).Should().Be("notifying customer");
    }

    [Fact]
    public async Task Notification_BadInput_400Or404()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");

        await (await Daemon(ShopHost).PostAsJsonAsync($"/api/commerce/orders/{orderId}/notifications", new { template = " " }))
            .ShouldNameFieldAsync("template");
        (await Daemon(ShopHost).PostAsJsonAsync("/api/commerce/orders/ord_missing/notifications", new { template = "x" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cancel_AfterDeclinedPayment_ClosesFailedOrder()
    {
        var cartId = await Anonymous.CreateCartAsync();
        await Anonymous.AddLineAsync(cartId, "BAG-1", 2);
        var checkout = await Anonymous.CheckoutAsync(cartId, Guid.NewGuid().ToString(), new
        {
            email = "ann@example.com",
            shippingAddress = new { name = "Ann Example", line1 = "1 Main Street", city = "Berlin", postalCode = "10115", country = "DE" },
            payment = new { provider = "test", token = "tok_decline" },
        });
        var orderId = (string)(await checkout.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!;
        await Daemon(ShopHost).PostAsync($"/api/commerce/orders/{orderId}/verify-payment", null);

        var cancel = await Daemon(ShopHost).PostAsJsonAsync($"/api/commerce/orders/{orderId}/cancel", new { reason = "Payment declined." });

        cancel.StatusCode.Should().Be(HttpStatusCode.OK);
        var order = (await cancel.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)order["status"]!, (string)order["paymentStatus"]!).Should().Be(("cancelled", "failed"));
    }
}

public sealed class SqliteOrderWorkflowApiTests : OrderWorkflowApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOrderWorkflowApiTests : OrderWorkflowApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
