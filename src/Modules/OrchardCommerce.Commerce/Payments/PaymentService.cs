using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// Charges orders through their gateway and records the outcome: the payment row, the order's transition (through
/// <see cref="IOrderPayments"/>, the only writer of order status) and the feed event, all in one unit of work.
/// </summary>
/// <remarks>
/// The gateway is called inside the unit of work. That holds the payment row's lock during the call, which is what
/// keeps concurrent retries from charging twice; a remote gateway would also get the payment id as idempotency key.
/// </remarks>
public sealed partial class PaymentService(DbSession session, PaymentStore store, PaymentProviders providers, IOrderPayments orders,
    OutboxWriter<CommerceStream> outbox)
{
    /// <summary>
    /// Charges the order once. A second call (or a concurrent one) returns the order's existing payment without
    /// calling the gateway again, whatever its status.
    /// </summary>
    public async Task<Payment> VerifyAsync(string orderId, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var order = await orders.GetAsync(orderId, cancellationToken) ?? throw PaymentException.NotFound($"No order '{orderId}'.");
        var payment = await store.FindByOrderAsync(orderId, cancellationToken);
        if (payment is null)
        {
            if (order.Status != "pending" || order.PaymentStatus != PaymentStatuses.Pending)
                throw PaymentException.Conflict($"Order '{orderId}' is {order.Status} with payment {order.PaymentStatus}; it cannot be charged.");
            var provider = providers.Find(order.PaymentProvider)
                ?? throw PaymentException.Conflict($"Order '{orderId}' names payment provider '{order.PaymentProvider}', which is not installed.");
            // Version 0: the claim is invisible outside this work; its first visible state is version 1.
            payment = new Payment
            {
                Id = CommerceIds.New("pay"), OrderId = orderId, Provider = provider.Name, Status = PaymentStatuses.Pending,
                Amount = order.Total, Currency = order.Currency, Version = 0,
            };
            if (await store.TryClaimAsync(payment, cancellationToken))
                await ChargeAsync(provider, payment, order.PaymentToken, cancellationToken);
            else
                payment = await store.FindByOrderAsync(orderId, cancellationToken)
                    ?? throw new InvalidOperationException($"The payment of order '{orderId}' vanished after a conflicting claim.");
        }
        await work.CompleteAsync(cancellationToken);
        return payment;
    }

    private async Task ChargeAsync(IPaymentProvider provider, Payment payment, string token, CancellationToken cancellationToken)
    {
        var answer = await provider.AuthorizeAsync(payment.Amount, payment.Currency, token, cancellationToken);
        switch (answer.Outcome)
        {
            case PaymentOutcome.Approved:
                await MoveAsync(payment, PaymentStatuses.Confirmed, answer.Reference, null, cancellationToken);
                await orders.PaymentVerifiedAsync(payment.OrderId, payment.Id, $"Payment approved by {provider.Name}.", cancellationToken);
                await AppendAsync(CommerceEvents.PaymentConfirmed, payment, cancellationToken);
                break;
            case PaymentOutcome.RequiresConfirmation:
                await MoveAsync(payment, PaymentStatuses.RequiresConfirmation, answer.Reference, null, cancellationToken);
                await orders.PaymentAwaitingConfirmationAsync(payment.OrderId, payment.Id,
                    $"Payment awaits confirmation by {provider.Name}.", cancellationToken);
                break;
            default:
                var reason = answer.Reason ?? "declined";
                await MoveAsync(payment, PaymentStatuses.Failed, null, reason, cancellationToken);
                await orders.PaymentFailedAsync(payment.OrderId, payment.Id, $"Payment declined by {provider.Name}: {reason}.", cancellationToken);
                await AppendAsync(CommerceEvents.PaymentFailed, payment, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Applies a gateway's asynchronous verdict (a verified webhook) to a payment awaiting it; joins the caller's work.
    /// A payment that already has this verdict is left alone (false); one with the opposite verdict is a conflict.
    /// </summary>
    public async Task<bool> ApplyConfirmationAsync(Payment payment, bool confirmed, string? reason, CancellationToken cancellationToken = default)
    {
        var target = confirmed ? PaymentStatuses.Confirmed : PaymentStatuses.Failed;
        if (payment.Status == target) return false;
        if (payment.Status != PaymentStatuses.RequiresConfirmation)
            throw PaymentException.Conflict($"Payment '{payment.Id}' is {payment.Status}; it is not awaiting confirmation.");
        await using var work = await session.BeginWorkAsync(cancellationToken);
        if (confirmed)
        {
            await MoveAsync(payment, target, payment.ProviderReference, null, cancellationToken);
            await orders.PaymentVerifiedAsync(payment.OrderId, payment.Id, $"Payment confirmed by {payment.Provider}.", cancellationToken);
            await AppendAsync(CommerceEvents.PaymentConfirmed, payment, cancellationToken);
        }
        else
        {
            var why = string.IsNullOrWhiteSpace(reason) ? "confirmation_failed" : reason;
            await MoveAsync(payment, target, payment.ProviderReference, why, cancellationToken);
            await orders.PaymentFailedAsync(payment.OrderId, payment.Id, $"Payment failed at {payment.Provider}: {why}.", cancellationToken);
            await AppendAsync(CommerceEvents.PaymentFailed, payment, cancellationToken);
        }
        await work.CompleteAsync(cancellationToken);
        return true;
    }

    private async Task MoveAsync(Payment payment, string status, string? reference, string? failureReason, CancellationToken cancellationToken)
    {
        if (!await store.UpdateAsync(payment, status, reference, failureReason, cancellationToken))
            throw PaymentException.Conflict($"Payment '{payment.Id}' changed concurrently; try again.");
    }

    // Payment events are the payment aggregate's: IOrderPayments does not expose the order's version, and mixing
    // payment versions into the order's version sequence would make consumers drop events as stale.
    private Task AppendAsync(string type, Payment payment, CancellationToken cancellationToken, object? payload = null) =>
        outbox.AppendAsync(type, "payment", payment.Id, payment.Version, payload ?? payment, cancellationToken);
}
