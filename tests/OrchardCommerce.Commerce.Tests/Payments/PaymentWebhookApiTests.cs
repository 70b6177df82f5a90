using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Payments;

public abstract class PaymentWebhookApiTests : PaymentHttpTestBase
{
    private async Task ShouldHaveHadNoEffectAsync(string orderId)
    {
        (await OrdersAsync())[orderId].PaymentStatus.Should().Be("requires_confirmation");
        (await CountAsync("commerce_events")).Should().Be(0);
        (await CountAsync("commerce_webhook_receipts")).Should().Be(0);
        (await CountAsync("commerce_payments", "status = 'requires_confirmation'")).Should().Be(1);
    }

    [Fact]
    public async Task Webhook_ValidConfirmation_VerifiesOrderOnce()
    {
        var (order, payment) = await AwaitingConfirmationAsync();
        var body = Message("evt_1", "payment.confirmed", (string)payment["providerReference"]!);

        var response = await PostWebhookAsync(body, Sign(await SecretAsync(), body));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonObject>())!.ToJsonString().Should()
            .Be("""{"eventId":"evt_1","duplicate":false,"changed":true,"paymentStatus":"confirmed"}""");
        var orders = await OrdersAsync();
        orders[order.OrderId].Status.Should().Be("payment_verified");
        orders.Calls.Should().Equal($"AwaitingConfirmation:{order.OrderId}", $"Verified:{order.OrderId}");
        (await CountAsync("commerce_events", "type = 'payment.confirmed'")).Should().Be(1);
    }

    [Fact]
    public async Task Webhook_Replay_AnswersDuplicateWithoutSecondEffect()
    {
        var (order, payment) = await AwaitingConfirmationAsync();
        var body = Message("evt_1", "payment.confirmed", (string)payment["providerReference"]!);
        var signature = Sign(await SecretAsync(), body);
        (await PostWebhookAsync(body, signature)).EnsureSuccessStatusCode();

        var exact = await PostWebhookAsync(body, signature);
        var resigned = await PostWebhookAsync(body, Sign(await SecretAsync(), body, secondsFromNow: 5));

        foreach (var replay in new[] { exact, resigned })
        {
            replay.StatusCode.Should().Be(HttpStatusCode.OK);
            (await replay.Content.ReadFromJsonAsync<JsonObject>())!["duplicate"]!.GetValue<bool>().Should().BeTrue();
        }
        (await OrdersAsync()).Calls.Count(c => c.StartsWith("Verified:")).Should().Be(1);
        (await CountAsync("commerce_events")).Should().Be(1);
        (await CountAsync("commerce_payments", "version = 2")).Should().Be(1);
    }

    [Fact]
    public async Task Webhook_TamperedBody_401WithoutEffect()
    {
        var (order, payment) = await AwaitingConfirmationAsync();
        var signed = Message("evt_1", "payment.failed", (string)payment["providerReference"]!);
        var tampered = signed.Replace("payment.failed", "payment.confirmed");

        var response = await PostWebhookAsync(tampered, Sign(await SecretAsync(), signed));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        await ShouldHaveHadNoEffectAsync(order.OrderId);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(-3600)]
    [InlineData(600)]
    public async Task Webhook_TimestampOutsideTolerance_401WithoutEffect(int secondsFromNow)
    {
        var (order, payment) = await AwaitingConfirmationAsync();
        var body = Message("evt_1", "payment.confirmed", (string)payment["providerReference"]!);

        var response = await PostWebhookAsync(body, Sign(await SecretAsync(), body, secondsFromNow));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("tolerance");
        await ShouldHaveHadNoEffectAsync(order.OrderId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("t=1,v1=nothex")]
    [InlineData("wrong-secret")]
    public async Task Webhook_MissingOrBadSignature_401WithoutEffect(string? signature)
    {
        var (order, payment) = await AwaitingConfirmationAsync();
        var body = Message("evt_1", "payment.confirmed", (string)payment["providerReference"]!);
        if (signature == "wrong-secret") signature = Sign("whsec_" + new string('a', 64), body);

        var response = await PostWebhookAsync(body, signature);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        await ShouldHaveHadNoEffectAsync(order.OrderId);
    }

    [Fact]
    public async Task Webhook_SignedWithOtherTenantsSecret_401()
    {
        var (order, payment) = await AwaitingConfirmationAsync();
        var body = Message("evt_1", "payment.confirmed", (string)payment["providerReference"]!);

        var response = await PostWebhookAsync(body, Sign(await SecretAsync(OtherAdmin), body));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await ShouldHaveHadNoEffectAsync(order.OrderId);
    }

    [Fact]
    public async Task Webhook_AfterRotation_OldSecretRejectedNewAccepted()
    {
        var (order, payment) = await AwaitingConfirmationAsync();
        var body = Message("evt_1", "payment.confirmed", (string)payment["providerReference"]!);
        var old = await SecretAsync();

        var rotated = await (await Admin.PostAsync("/api/commerce/payments/webhook-secret/rotate", null)).Content.ReadFromJsonAsync<JsonObject>();
        var withOld = await PostWebhookAsync(body, Sign(old, body));
        var withNew = await PostWebhookAsync(body, Sign((string)rotated!["secret"]!, body));

        ((string)rotated["secret"]!).Should().NotBe(old).And.Be(await SecretAsync());
        withOld.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        withNew.StatusCode.Should().Be(HttpStatusCode.OK);
        (await OrdersAsync())[order.OrderId].Status.Should().Be("payment_verified");
    }

    [Fact]
    public async Task Webhook_PaymentFailed_FailsOrderWithEvent()
    {
        var (order, _) = await AwaitingConfirmationAsync();
        var body = new JsonObject { ["id"] = "evt_9", ["type"] = "payment.failed", ["orderId"] = order.OrderId, ["reason"] = "3ds_failed" }.ToJsonString();

        var response = await PostWebhookAsync(body, Sign(await SecretAsync(), body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await OrdersAsync())[order.OrderId].Status.Should().Be("failed");
        (await CountAsync("commerce_events", "type = 'payment.failed'")).Should().Be(1);
        (await CountAsync("commerce_payments", "failure_reason = '3ds_failed'")).Should().Be(1);
    }

    [Fact]
    public async Task Webhook_UnknownPayment_404AndReceiptNotKept()
    {
        await AwaitingConfirmationAsync();
        var body = Message("evt_1", "payment.confirmed", "test_pi_unknown");

        var response = await PostWebhookAsync(body, Sign(await SecretAsync(), body));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await CountAsync("commerce_webhook_receipts")).Should().Be(0);
    }

    [Fact]
    public async Task Webhook_UnknownType_400NamingType()
    {
        var (order, payment) = await AwaitingConfirmationAsync();
        var body = Message("evt_1", "payment.maybe", (string)payment["providerReference"]!);

        var response = await PostWebhookAsync(body, Sign(await SecretAsync(), body));

        await response.ShouldNameFieldAsync("type");
        await ShouldHaveHadNoEffectAsync(order.OrderId);
    }
}

public sealed class SqlitePaymentWebhookApiTests : PaymentWebhookApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPaymentWebhookApiTests : PaymentWebhookApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
