using System.Collections.Concurrent;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Payments;

/// <summary>
/// TEST DOUBLE, not the orders module: stands in for <see cref="IOrderPayments"/> until the real orders are merged
/// (end-to-end tests through real orders come then). Keeps orders in memory and records every call so tests can
/// count effects. Like real orders it joins the unit of work: <see cref="In"/> gives a session's view whose changes
/// and recorded calls take effect only when that session commits. <see cref="FailOn"/> makes a call throw.
/// </summary>
public sealed class RecordingOrderPayments
{
    private readonly ConcurrentDictionary<string, OrderPaymentInfo> _orders = new();
    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>Committed calls as "Verified:ord_…", "AwaitingConfirmation:…", "Failed:…", "Refunded:…:&lt;total&gt;".</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    /// <summary>A call name ("Verified", "Failed", …) that throws instead of taking effect.</summary>
    public string? FailOn { get; set; }

    public OrderPaymentInfo Add(string token, long total = 2500, string currency = "EUR", string provider = "test", string status = "pending")
    {
        var order = new OrderPaymentInfo(CommerceIds.New("ord"), status, PaymentStatuses.Pending, currency, total, provider, token);
        _orders[order.OrderId] = order;
        return order;
    }

    public OrderPaymentInfo this[string orderId] => _orders[orderId];

    /// <summary>The <see cref="IOrderPayments"/> a request with <paramref name="session"/> would get.</summary>
    public IOrderPayments In(DbSession session) => new SessionView(this, session);

    private sealed class SessionView(RecordingOrderPayments book, DbSession session) : IOrderPayments
    {
        public Task<OrderPaymentInfo?> GetAsync(string orderId, CancellationToken cancellationToken = default) =>
            Task.FromResult(book._orders.GetValueOrDefault(orderId));

        public Task PaymentVerifiedAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default) =>
            ApplyAsync("Verified", orderId, o => o with { Status = "payment_verified", PaymentStatus = PaymentStatuses.Confirmed });

        public Task PaymentAwaitingConfirmationAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default) =>
            ApplyAsync("AwaitingConfirmation", orderId, o => o with { PaymentStatus = PaymentStatuses.RequiresConfirmation });

        public Task PaymentFailedAsync(string orderId, string paymentId, string reason, CancellationToken cancellationToken = default) =>
            ApplyAsync("Failed", orderId, o => o with { Status = "failed", PaymentStatus = PaymentStatuses.Failed });

        public Task PaymentRefundedAsync(string orderId, string paymentId, long refundedTotal, string reason,
            CancellationToken cancellationToken = default) =>
            ApplyAsync("Refunded", orderId, o => o with
            {
                PaymentStatus = refundedTotal >= o.Total ? PaymentStatuses.Refunded : PaymentStatuses.PartiallyRefunded,
            }, $":{refundedTotal}");

        private Task ApplyAsync(string call, string orderId, Func<OrderPaymentInfo, OrderPaymentInfo> change, string suffix = "")
        {
            if (book.FailOn == call) throw new InvalidOperationException($"{call} failed on purpose.");
            if (session.Transaction is null) throw new InvalidOperationException("IOrderPayments calls must join a unit of work.");
            if (!book._orders.ContainsKey(orderId)) throw new KeyNotFoundException($"No order '{orderId}'.");
            session.OnCommitted(() =>
            {
                book._orders[orderId] = change(book._orders[orderId]);
                book._calls.Enqueue($"{call}:{orderId}{suffix}");
            });
            return Task.CompletedTask;
        }
    }
}
