using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Payments;

public abstract class PaymentServiceTests : PaymentTestBase
{
    [Theory]
    [InlineData("tok_approve")]
    [InlineData("tok_visa")]
    public async Task Verify_ApprovingToken_ConfirmsPaymentOrderAndEvent(string token)
    {
        var order = Orders.Add(token, total: 4200, currency: "USD");

        var payment = await Payments.VerifyAsync(order.OrderId);

        payment.Should().BeEquivalentTo(new { OrderId = order.OrderId, Status = "confirmed", Amount = 4200L, Currency = "USD", Provider = "test", Version = 1L });
        payment.ProviderReference.Should().StartWith("test_ch_");
        Orders[order.OrderId].Status.Should().Be("payment_verified");
        Orders.Calls.Should().Equal($"Verified:{order.OrderId}");
        (await EventsAsync()).Should().Equal((CommerceEvents.PaymentConfirmed, "payment", payment.Id, 1L));
    }

    [Theory]
    [InlineData("tok_decline", "card_declined")]
    [InlineData("tok_nonsense", "unknown_token")]
    public async Task Verify_DecliningToken_FailsPaymentAndOrderWithReason(string token, string reason)
    {
        var order = Orders.Add(token);

        var payment = await Payments.VerifyAsync(order.OrderId);

        payment.Status.Should().Be("failed");
        payment.FailureReason.Should().Be(reason);
        Orders[order.OrderId].Status.Should().Be("failed");
        Orders.Calls.Should().Equal($"Failed:{order.OrderId}");
        (await EventsAsync()).Select(e => e.Type).Should().Equal(CommerceEvents.PaymentFailed);
    }

    [Fact]
    public async Task Verify_AsyncToken_AwaitsConfirmationWithoutEvent()
    {
        var order = Orders.Add("tok_async");

        var payment = await Payments.VerifyAsync(order.OrderId);

        payment.Status.Should().Be("requires_confirmation");
        payment.ProviderReference.Should().StartWith("test_pi_");
        Orders[order.OrderId].PaymentStatus.Should().Be("requires_confirmation");
        Orders.Calls.Should().Equal($"AwaitingConfirmation:{order.OrderId}");
        (await EventsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Verify_CalledTwice_ChargesOnceAndReturnsSamePayment()
    {
        var order = Orders.Add("tok_approve");
        var first = await Payments.VerifyAsync(order.OrderId);
        await NewScopeAsync();

        var second = await Payments.VerifyAsync(order.OrderId);

        second.Should().BeEquivalentTo(first);
        Orders.Calls.Should().HaveCount(1);
        (await EventsAsync()).Should().HaveCount(1);
        (await CountAsync("commerce_payments")).Should().Be(1);
    }

    [Fact]
    public async Task Verify_ConcurrentCalls_ChargeOnce()
    {
        var order = Orders.Add("tok_approve");
        var scopes = Services.GetRequiredService<IServiceScopeFactory>();

        var payments = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await Create(scope.ServiceProvider).VerifyAsync(order.OrderId);
        }));

        payments.Select(p => p.Id).Distinct().Should().ContainSingle();
        Orders.Calls.Should().ContainSingle();
        (await EventsAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Verify_UnknownOrder_ThrowsNotFound()
    {
        var act = () => Payments.VerifyAsync("ord_missing");

        (await act.Should().ThrowAsync<PaymentException>()).Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task Verify_CancelledOrder_ThrowsConflictAndChargesNothing()
    {
        var order = Orders.Add("tok_approve", status: "cancelled");

        var act = () => Payments.VerifyAsync(order.OrderId);

        (await act.Should().ThrowAsync<PaymentException>()).Which.StatusCode.Should().Be(409);
        (await CountAsync("commerce_payments")).Should().Be(0);
    }

    [Fact]
    public async Task Verify_OrderTransitionThrows_RollsBackPaymentAndEvent()
    {
        var order = Orders.Add("tok_approve");
        Orders.FailOn = "Verified";

        var act = () => Payments.VerifyAsync(order.OrderId);

        await act.Should().ThrowAsync<InvalidOperationException>();
        (await CountAsync("commerce_payments")).Should().Be(0);
        (await EventsAsync()).Should().BeEmpty();
    }
}

public sealed class SqlitePaymentServiceTests : PaymentServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPaymentServiceTests : PaymentServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
