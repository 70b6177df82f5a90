using Dapper;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>
/// The order operations the admin API and workflows request. Each runs in one unit of work: stock first, then the
/// state machine's change, then stock.changed events, so events are the work's last writes. Null: no such order.
/// </summary>
public sealed class OrderService(DbSession session, OrderStateMachine machine, OrderReader reader, InventoryService inventory,
    StockReader stock, OutboxWriter<CommerceStream> outbox, TimeProvider clock)
{
    /// <summary>payment_verified → inventory_reserved: commits the order's reservations, reserving again what expired.</summary>
    public Task<OrderView?> ReserveInventoryAsync(string orderId, string reason, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(orderId, OrderStatus.InventoryReserved, reason, actor, async () =>
        {
            var needed = await NeededAsync(orderId);
            var held = (await inventory.HeldAsync(orderId)).GroupBy(h => h.VariantId).ToDictionary(g => g.Key, g => g.Sum(h => h.Quantity));
            foreach (var (variantId, sku, quantity) in needed)
            {
                var missing = quantity - held.GetValueOrDefault(variantId);
                if (missing > 0 && !await inventory.ReserveAsync(variantId, missing, orderId, cancellationToken))
                    throw new OutOfStockException(sku, missing);
            }
            return await inventory.CommitAsync(orderId, cancellationToken);
        }, cancellationToken);

    public Task<OrderView?> CompleteAsync(string orderId, string reason, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(orderId, OrderStatus.Completed, reason, actor, () => Task.FromResult<IReadOnlyList<string>>([]), cancellationToken);

    /// <summary>→ cancelled: releases held stock and puts committed stock back on hand.</summary>
    public Task<OrderView?> CancelAsync(string orderId, string reason, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(orderId, OrderStatus.Cancelled, reason, actor, async () =>
            [.. await inventory.ReleaseAsync(orderId, cancellationToken), .. await inventory.RestockAsync(orderId, cancellationToken)],
            cancellationToken);

    /// <summary>→ failed: releases held stock.</summary>
    public Task<OrderView?> FailAsync(string orderId, string reason, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(orderId, OrderStatus.Failed, reason, actor, () => inventory.ReleaseAsync(orderId, cancellationToken), cancellationToken);

    /// <summary>unfulfilled → fulfilled, once the stock is committed (inventory_reserved or completed).</summary>
    public async Task<OrderView?> FulfillAsync(string orderId, string reason, string actor, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var order = await reader.FindRowAsync(orderId, cancellationToken);
        if (order is null)
        {
            // Completed, not disposed: an unfinished inner work would roll back a caller's enclosing one.
            await work.CompleteAsync(cancellationToken);
            return null;
        }
        if (order.Status is not (OrderStatus.InventoryReserved or OrderStatus.Completed))
            throw new OrderTransitionException(OrderField.FulfillmentStatus, order.FulfillmentStatus, FulfillmentStatus.Fulfilled,
                $"An order is fulfilled after its inventory is reserved; this one is '{order.Status}'.");
        var view = await machine.MoveAsync(orderId, OrderField.FulfillmentStatus, FulfillmentStatus.Fulfilled, reason, actor,
            from: order.FulfillmentStatus, cancellationToken: cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return view;
    }

    /// <summary>Records which workflow instance drives the order and where it is; not a status, so no event.</summary>
    public async Task<OrderView?> SetWorkflowAsync(string orderId, string? processInstanceKey, string? currentStep,
        CancellationToken cancellationToken = default) =>
        await RecordWorkflowAsync(orderId, processInstanceKey, currentStep, cancellationToken)
            ? await reader.GetAsync(orderId, cancellationToken: cancellationToken)
            : null;

    /// <summary>
    /// <see cref="SetWorkflowAsync"/> without reading the order back, for a worker's step: recorded first in the step's
    /// unit of work, the step's own answer (and order.status_changed) already shows where the workflow is. False: no such order.
    /// </summary>
    public async Task<bool> RecordWorkflowAsync(string orderId, string? processInstanceKey, string? currentStep,
        CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var updated = await work.Connection.ExecuteAsync("""
            UPDATE commerce_orders SET process_instance_key = @processInstanceKey, current_step = @currentStep,
                version = version + 1, updated_utc = @now
            WHERE id = @orderId
            """, new { orderId, processInstanceKey, currentStep, now = clock.GetUtcNow().UtcDateTime }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return updated > 0;
    }

    /// <summary>
    /// Records in the order's history that its customer was sent <paramref name="template"/>. Once per template: a
    /// worker retried after a lost answer must not record a second notification.
    /// </summary>
    public async Task<OrderView?> RecordNotificationAsync(string orderId, string template, string actor, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var email = await work.Connection.ExecuteScalarAsync<string?>("SELECT email FROM commerce_orders WHERE id = @orderId",
            new { orderId }, work.Transaction);
        if (email is not null)
            await work.Connection.ExecuteAsync("""
                INSERT INTO commerce_order_history (order_id, field, from_value, to_value, reason, actor, occurred_utc)
                SELECT @orderId, 'notification', NULL, @template, @reason, @actor, @now
                WHERE NOT EXISTS (SELECT 1 FROM commerce_order_history WHERE order_id = @orderId AND field = 'notification' AND to_value = @template)
                """, new { orderId, template, reason = $"Sent '{template}' to {email}.", actor, now = clock.GetUtcNow().UtcDateTime },
                work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return email is null ? null : await reader.GetAsync(orderId, withHistory: true, cancellationToken);
    }

    private async Task<OrderView?> ChangeAsync(string orderId, string to, string reason, string actor,
        Func<Task<IReadOnlyList<string>>> stockChange, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var status = await work.Connection.ExecuteScalarAsync<string?>("SELECT status FROM commerce_orders WHERE id = @orderId",
            new { orderId }, work.Transaction);
        if (status is null)
        {
            await work.CompleteAsync(cancellationToken);
            return null;
        }
        // Checked before the stock moves, so an illegal request changes nothing; MoveAsync checks again atomically.
        if (!OrderStateMachine.CanMove(OrderField.Status, status, to))
            throw new OrderTransitionException(OrderField.Status, status, to);
        var variants = await stockChange();
        var view = await machine.MoveAsync(orderId, OrderField.Status, to, reason, actor, from: status, cancellationToken: cancellationToken);
        await outbox.AppendAsync((await stock.ChangedAsync(variants, cancellationToken)).Events, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return view;
    }

    private async Task<IReadOnlyList<(string VariantId, string Sku, long Quantity)>> NeededAsync(string orderId) =>
        (await session.Transaction!.Connection!.QueryAsync<(string, string, long)>("""
            SELECT variant_id, MIN(sku), CAST(SUM(quantity) AS BIGINT) FROM commerce_order_lines
            WHERE order_id = @orderId GROUP BY variant_id ORDER BY variant_id
            """, new { orderId }, session.Transaction)).ToList();
}
