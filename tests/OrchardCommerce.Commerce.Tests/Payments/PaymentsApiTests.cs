using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Payments;

public abstract class PaymentsApiTests : PaymentHttpTestBase
{
    private async Task<string> CapturedOrderAsync(long total = 3000)
    {
        var order = (await OrdersAsync()).Add("tok_visa", total);
        (await Admin.PostAsync($"/api/commerce/orders/{order.OrderId}/verify-payment", null)).EnsureSuccessStatusCode();
        return order.OrderId;
    }

    private Task<HttpResponseMessage> RefundAsync(string orderId, string json, HttpClient? client = null) =>
        (client ?? Admin).PostAsync($"/api/commerce/orders/{orderId}/refunds", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task VerifyPayment_CalledTwice_SamePaymentConfirmed()
    {
        var order = (await OrdersAsync()).Add("tok_approve");

        var first = await (await Admin.PostAsync($"/api/commerce/orders/{order.OrderId}/verify-payment", null)).Content.ReadFromJsonAsync<JsonObject>();
        var second = await (await Admin.PostAsync($"/api/commerce/orders/{order.OrderId}/verify-payment", null)).Content.ReadFromJsonAsync<JsonObject>();

        ((string)first!["status"]!).Should().Be("confirmed");
        second!.ToJsonString().Should().Be(first.ToJsonString());
        (await CountAsync("commerce_events")).Should().Be(1);
    }

    [Fact]
    public async Task VerifyPayment_UnknownOrder_404Problem()
    {
        var response = await Admin.PostAsync("/api/commerce/orders/ord_missing/verify-payment", null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task AdminRoutes_AnonymousOrOtherTenantsToken_401AndNothingCharged()
    {
        var order = (await OrdersAsync()).Add("tok_approve");
        var otherTokenOnShop = Host.CreateClient(ShopHost, OtherAdminToken);

        var anonymous = await Anonymous.PostAsync($"/api/commerce/orders/{order.OrderId}/verify-payment", null);
        var foreign = await otherTokenOnShop.PostAsync($"/api/commerce/orders/{order.OrderId}/verify-payment", null);
        var otherTenant = await OtherAdmin.PostAsync($"/api/commerce/orders/{order.OrderId}/verify-payment", null);
        var secret = await Anonymous.GetAsync("/api/commerce/payments/webhook-secret");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        foreign.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        otherTenant.StatusCode.Should().Be(HttpStatusCode.NotFound, "the other tenant has no such order");
        secret.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await CountAsync("commerce_payments")).Should().Be(0);
    }

    [Fact]
    public async Task Refund_WithinCapture_201WithRefundAndPayment()
    {
        var orderId = await CapturedOrderAsync();

        var response = await RefundAsync(orderId, """{"amount":1000,"reason":"late delivery"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((long)body["refund"]!["amount"]!).Should().Be(1000);
        ((string)body["refund"]!["reason"]!).Should().Be("late delivery");
        ((string)body["payment"]!["status"]!).Should().Be("partially_refunded");
        ((long)body["payment"]!["refundedAmount"]!).Should().Be(1000);
        (await CountAsync("commerce_events", "type = 'payment.refunded'")).Should().Be(1);
    }

    [Theory]
    [InlineData("""{"amount":3001}""", "amount")]
    [InlineData("""{"amount":0}""", "amount")]
    [InlineData("""{"amount":"ten"}""", "amount")]
    [InlineData("""{"reason":"x"}""", "amount")]
    [InlineData("""{"amount":10,"reason":7}""", "reason")]
    [InlineData("""not json""", "body")]
    public async Task Refund_BadInput_400NamingFieldAndNothingWritten(string json, string field)
    {
        var orderId = await CapturedOrderAsync();

        var response = await RefundAsync(orderId, json);

        await response.ShouldNameFieldAsync(field);
        (await CountAsync("commerce_refunds")).Should().Be(0);
    }

    [Fact]
    public async Task WebhookSecret_Get_StableUntilRotated()
    {
        var first = await SecretAsync();
        var again = await SecretAsync();

        var rotate = await Admin.PostAsync("/api/commerce/payments/webhook-secret/rotate", null);

        again.Should().Be(first);
        rotate.StatusCode.Should().Be(HttpStatusCode.OK);
        (await SecretAsync()).Should().NotBe(first);
        (await SecretAsync(OtherAdmin)).Should().NotBe(first);
    }
}

public sealed class SqlitePaymentsApiTests : PaymentsApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPaymentsApiTests : PaymentsApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
