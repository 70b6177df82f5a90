using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Payments;

/// <summary>The payment rows; every write joins the caller's unit of work.</summary>
public sealed class PaymentStore(DbSession session, TimeProvider clock)
{
    private const string Columns = """
        id AS Id, order_id AS OrderId, provider AS Provider, status AS Status, amount AS Amount,
        refunded_amount AS RefundedAmount, currency AS Currency, provider_reference AS ProviderReference,
        failure_reason AS FailureReason, version AS Version, created_utc AS CreatedUtc, updated_utc AS UpdatedUtc
        """;

    public async Task<Payment?> FindByOrderAsync(string orderId, CancellationToken cancellationToken) =>
        await (await session.GetConnectionAsync(cancellationToken)).QuerySingleOrDefaultAsync<Payment>(
            $"SELECT {Columns} FROM commerce_payments WHERE order_id = @orderId", new { orderId }, session.Transaction);

    public async Task<Payment?> FindByReferenceAsync(string provider, string reference, CancellationToken cancellationToken) =>
        await (await session.GetConnectionAsync(cancellationToken)).QuerySingleOrDefaultAsync<Payment>(
            $"SELECT {Columns} FROM commerce_payments WHERE provider = @provider AND provider_reference = @reference",
            new { provider, reference }, session.Transaction);

    /// <summary>
    /// Claims the order's one payment row. On PostgreSQL a concurrent claim waits on the unique index until the first
    /// commits and then gets false; on SQLite the write transaction already serialises them.
    /// </summary>
    public async Task<bool> TryClaimAsync(Payment payment, CancellationToken cancellationToken)
    {
        var now = Now();
        payment.CreatedUtc = payment.UpdatedUtc = now;
        var inserted = await (await session.GetConnectionAsync(cancellationToken)).ExecuteAsync("""
            INSERT INTO commerce_payments (id, order_id, provider, status, amount, refunded_amount, currency, version, created_utc, updated_utc)
            VALUES (@Id, @OrderId, @Provider, @Status, @Amount, 0, @Currency, @Version, @CreatedUtc, @UpdatedUtc)
            ON CONFLICT (order_id) DO NOTHING
            """, payment, session.Transaction);
        return inserted == 1;
    }

    /// <summary>Moves the payment to <paramref name="status"/> if it is still at the version read; false otherwise.</summary>
    public async Task<bool> UpdateAsync(Payment payment, string status, string? reference, string? failureReason, CancellationToken cancellationToken)
    {
        var now = Now();
        var updated = await (await session.GetConnectionAsync(cancellationToken)).ExecuteAsync("""
            UPDATE commerce_payments SET status = @status, provider_reference = @reference, failure_reason = @failureReason,
                version = version + 1, updated_utc = @now
            WHERE id = @id AND version = @version
            """, new { status, reference, failureReason, now, id = payment.Id, version = payment.Version }, session.Transaction);
        if (updated == 0) return false;
        (payment.Status, payment.ProviderReference, payment.FailureReason, payment.UpdatedUtc) = (status, reference, failureReason, now);
        payment.Version++;
        return true;
    }

    /// <summary>
    /// Adds a refund to the payment unless it would exceed what is left; the condition is checked by the update itself,
    /// so two concurrent refunds can never together exceed the captured amount.
    /// </summary>
    public async Task<bool> TryAddRefundAsync(Payment payment, long amount, CancellationToken cancellationToken)
    {
        var now = Now();
        var rows = (await (await session.GetConnectionAsync(cancellationToken)).QueryAsync<(long Refunded, long Version)>("""
            UPDATE commerce_payments SET refunded_amount = refunded_amount + @amount,
                status = CASE WHEN refunded_amount + @amount = amount THEN @full ELSE @partial END,
                version = version + 1, updated_utc = @now
            WHERE id = @id AND status IN (@confirmed, @partial) AND amount - refunded_amount >= @amount
            RETURNING refunded_amount, version
            """, new
        {
            amount, now, id = payment.Id, full = PaymentStatuses.Refunded, partial = PaymentStatuses.PartiallyRefunded,
            confirmed = PaymentStatuses.Confirmed,
        }, session.Transaction)).ToList();
        if (rows is not [var r]) return false;
        (payment.RefundedAmount, payment.Version, payment.UpdatedUtc) = (r.Refunded, r.Version, now);
        payment.Status = r.Refunded == payment.Amount ? PaymentStatuses.Refunded : PaymentStatuses.PartiallyRefunded;
        return true;
    }

    public async Task InsertRefundAsync(PaymentRefund refund, CancellationToken cancellationToken) =>
        await (await session.GetConnectionAsync(cancellationToken)).ExecuteAsync("""
            INSERT INTO commerce_refunds (id, payment_id, order_id, amount, reason, provider_reference, created_utc)
            VALUES (@Id, @PaymentId, @OrderId, @Amount, @Reason, @ProviderReference, @CreatedUtc)
            """, refund, session.Transaction);

    /// <summary>Now, to the microsecond: PostgreSQL keeps no finer, so what a write returns equals what a read gives later.</summary>
    public DateTime Now() => clock.GetStoredUtcNow();
}
