using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Data;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Commerce.Tests.Payments;

public abstract class PaymentRefundTests : PaymentTestBase
{
    private async Task<Payment> CapturedAsync(string token = "tok_approve", long total = 5000)
    {
        var order = Orders.Add(token, total);
        var payment = await Payments.VerifyAsync(order.OrderId);
        await NewScopeAsync();
        return payment;
    }

    [Fact]
    public async Task Refund_PartThenRest_MovesToPartiallyRefundedThenRefunded()
    {
        var payment = await CapturedAsync();

        var (first, afterFirst) = await Payments.RefundAsync(payment.OrderId, 2000, "damaged box");
        var (_, afterSecond) = await Payments.RefundAsync(payment.OrderId, 3000, null);

        first.Should().BeEquivalentTo(new { Amount = 2000L, Reason = "damaged box", PaymentId = payment.Id, Currency = "EUR" });
        first.ProviderReference.Should().StartWith("test_re_");
        afterFirst.Should().BeEquivalentTo(new { Status = "partially_refunded", RefundedAmount = 2000L, Version = 2L });
        afterSecond.Should().BeEquivalentTo(new { Status = "refunded", RefundedAmount = 5000L, Version = 3L });
        Orders.Calls.Should().Equal($"Verified:{payment.OrderId}", $"Refunded:{payment.OrderId}:2000", $"Refunded:{payment.OrderId}:5000");
        (await EventsAsync()).Should().Equal(
            (CommerceEvents.PaymentConfirmed, "payment", payment.Id, 1L),
            (CommerceEvents.PaymentRefunded, "payment", payment.Id, 2L),
            (CommerceEvents.PaymentRefunded, "payment", payment.Id, 3L));
        (await CountAsync("commerce_refunds")).Should().Be(2);
    }

    [Theory]
    [InlineData(5001)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Refund_AmountOutOfRange_ThrowsNamingAmountAndWritesNothing(long amount)
    {
        var payment = await CapturedAsync();

        var act = () => Payments.RefundAsync(payment.OrderId, amount, null);

        (await act.Should().ThrowAsync<PaymentException>()).Which.Should().BeEquivalentTo(new { StatusCode = 400, Field = "amount" });
        (await CountAsync("commerce_refunds")).Should().Be(0);
        (await EventsAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Refund_AfterPartialRefund_LimitIsWhatIsLeft()
    {
        var payment = await CapturedAsync();
        await Payments.RefundAsync(payment.OrderId, 4000, null);

        var act = () => Payments.RefundAsync(payment.OrderId, 1001, null);

        (await act.Should().ThrowAsync<PaymentException>()).Which.Message.Should().Contain("1000");
    }

    [Fact]
    public async Task Refund_DeclinedPayment_ThrowsConflict()
    {
        var payment = await CapturedAsync("tok_decline");

        var act = () => Payments.RefundAsync(payment.OrderId, 100, null);

        (await act.Should().ThrowAsync<PaymentException>()).Which.StatusCode.Should().Be(409);
    }

    [Fact]
    public async Task Refund_GatewayDeclines_ThrowsConflictAndLeavesPaymentUnchanged()
    {
        var payment = await CapturedAsync("tok_refund_decline");

        var act = () => Payments.RefundAsync(payment.OrderId, 100, null);

        (await act.Should().ThrowAsync<PaymentException>()).Which.Message.Should().Contain("refund_declined");
        await NewScopeAsync();
        var after = await Payments.VerifyAsync(payment.OrderId);
        after.Should().BeEquivalentTo(new { Status = "confirmed", RefundedAmount = 0L, Version = 1L });
        (await CountAsync("commerce_refunds")).Should().Be(0);
    }

    [Fact]
    public async Task Refund_ConcurrentRefunds_NeverExceedCapture()
    {
        var payment = await CapturedAsync();
        var scopes = Services.GetRequiredService<IServiceScopeFactory>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var scope = scopes.CreateAsyncScope();
            try { await Create(scope.ServiceProvider).RefundAsync(payment.OrderId, 2000, null); return true; }
            catch (PaymentException exception) when (exception.Field == "amount") { return false; }
        }));

        outcomes.Count(ok => ok).Should().Be(2);
        (await Payments.VerifyAsync(payment.OrderId)).RefundedAmount.Should().Be(4000);
    }
}

public sealed class SqlitePaymentRefundTests : PaymentRefundTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPaymentRefundTests : PaymentRefundTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
