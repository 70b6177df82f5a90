using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>
/// Payments' way into orders: every status it reports goes through <see cref="OrderStateMachine"/>. Each call runs
/// in a unit of work that joins the caller's, so the payment's own rows and events commit with the order's change.
/// </summary>
public sealed class OrderPayments(DbSession session, OrderReader reader, OrderStateMachine machine, OrderService orders) : IOrderPayments
{
    private const string Actor = "payments";

    public async Task<OrderPaymentInfo?> GetAsync(string orderId, CancellationToken cancellationToken = default) =>
        await reader.FindRowAsync(orderId, cancellationToken) is { } order
            ? new OrderPaymentInfo(order.Id, order.Status, order.PaymentStatus, order.Currency, order.Total, order.PaymentProvider, order.PaymentToken)
            : null;

    public async Task PaymentVerifiedAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var order = await RequireAsync(orderId, cancellationToken);
        // A confirmation reported twice (a redirect and a webhook) is the same fact, not a second change.
        if (order.PaymentStatus == PaymentStatus.Confirmed && order.PaymentId == paymentId)
        {
            await work.CompleteAsync(cancellationToken);
            return;
        }
        await machine.MoveAsync(orderId, OrderField.PaymentStatus, PaymentStatus.Confirmed, reason, Actor,
            "payment_id = @paymentId", new { paymentId }, order.PaymentStatus, cancellationToken);
        if (order.Status == OrderStatus.Pending)
            await machine.MoveAsync(orderId, OrderField.Status, OrderStatus.PaymentVerified, reason, Actor, from: order.Status,
                cancellationToken: cancellationToken);
        await work.CompleteAsync(cancellationToken);
    }

    public async Task PaymentAwaitingConfirmationAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var order = await RequireAsync(orderId, cancellationToken);
        if (order.PaymentStatus == PaymentStatus.RequiresConfirmation && order.PaymentId == paymentId)
        {
            await work.CompleteAsync(cancellationToken);
            return;
        }
        await machine.MoveAsync(orderId, OrderField.PaymentStatus, PaymentStatus.RequiresConfirmation, reason, Actor,
            "payment_id = @paymentId", new { paymentId }, order.PaymentStatus, cancellationToken);
        await work.CompleteAsync(cancellationToken);
    }

    public async Task PaymentFailedAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var order = await RequireAsync(orderId, cancellationToken);
        if (order.PaymentStatus == PaymentStatus.Failed && order.PaymentId == paymentId)
        {
            await work.CompleteAsync(cancellationToken);
            return;
        }
        await machine.MoveAsync(orderId, OrderField.PaymentStatus, PaymentStatus.Failed, reason, Actor,
            "payment_id = @paymentId", new { paymentId }, order.PaymentStatus, cancellationToken);
        if (OrderStateMachine.CanMove(OrderField.Status, order.Status, OrderStatus.Failed))
            await orders.FailAsync(orderId, reason, Actor, cancellationToken);
        await work.CompleteAsync(cancellationToken);
    }

    public async Task PaymentRefundedAsync(string orderId, string paymentId, long refundedTotal, string reason, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var order = await RequireAsync(orderId, cancellationToken);
        var to = refundedTotal >= order.Total ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await machine.MoveAsync(orderId, OrderField.PaymentStatus, to, reason, Actor,
            "refunded_total = @refundedTotal", new { refundedTotal }, order.PaymentStatus, cancellationToken);
        await work.CompleteAsync(cancellationToken);
    }

    private async Task<OrderRow> RequireAsync(string orderId, CancellationToken cancellationToken) =>
        await reader.FindRowAsync(orderId, cancellationToken) ?? throw new KeyNotFoundException($"No order '{orderId}'.");
}
