using System.Text.Json;
using Dapper;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>
/// The only writer of an order's status, payment_status and fulfillment_status. Every change is checked against
/// the model, bumps the order's version, writes a history row and an order.status_changed event, all in the
/// caller's unit of work.
/// </summary>
public sealed class OrderStateMachine(DbSession session, OrderReader reader, OutboxWriter<CommerceStream> outbox, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<OrderField, Dictionary<string, string[]>> Allowed = new()
    {
        [OrderField.Status] = new()
        {
            [OrderStatus.Pending] = [OrderStatus.PaymentVerified, OrderStatus.Cancelled, OrderStatus.Failed],
            [OrderStatus.PaymentVerified] = [OrderStatus.InventoryReserved, OrderStatus.Cancelled, OrderStatus.Failed],
            [OrderStatus.InventoryReserved] = [OrderStatus.Completed, OrderStatus.Cancelled],
            // A declined payment fails the order at once; its workflow then closes it as cancelled.
            [OrderStatus.Failed] = [OrderStatus.Cancelled],
        },
        [OrderField.PaymentStatus] = new()
        {
            [PaymentStatus.Pending] = [PaymentStatus.RequiresConfirmation, PaymentStatus.Confirmed, PaymentStatus.Failed],
            [PaymentStatus.RequiresConfirmation] = [PaymentStatus.Confirmed, PaymentStatus.Failed],
            [PaymentStatus.Confirmed] = [PaymentStatus.Refunded, PaymentStatus.PartiallyRefunded],
            // A second partial refund is a change of amount, recorded like any other.
            [PaymentStatus.PartiallyRefunded] = [PaymentStatus.PartiallyRefunded, PaymentStatus.Refunded],
        },
        [OrderField.FulfillmentStatus] = new()
        {
            [FulfillmentStatus.Unfulfilled] = [FulfillmentStatus.Fulfilled],
        },
    };

    public static string Column(OrderField field) => field switch
    {
        OrderField.Status => "status",
        OrderField.PaymentStatus => "payment_status",
        _ => "fulfillment_status",
    };

    public static bool CanMove(OrderField field, string from, string to) =>
        Allowed[field].TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>
    /// Moves one status column of an order to <paramref name="to"/>; throws <see cref="OrderTransitionException"/>
    /// when the model forbids it (or another change won the race). <paramref name="extraSet"/> lets the caller
    /// update columns that belong to the same change (payment id, refunded total), in the same statement.
    /// <paramref name="from"/>: the column's value as the caller read it in this unit of work, else it is read here.
    /// </summary>
    public async Task<OrderView> MoveAsync(string orderId, OrderField field, string to, string reason, string actor,
        string? extraSet = null, object? extraParameters = null, string? from = null, CancellationToken cancellationToken = default)
    {
        var transaction = session.Transaction ?? throw new InvalidOperationException("Order changes must run inside a unit of work.");
        var connection = transaction.Connection!;
        var column = Column(field);
        from ??= await connection.ExecuteScalarAsync<string?>($"SELECT {column} FROM commerce_orders WHERE id = @orderId",
            new { orderId }, transaction) ?? throw new KeyNotFoundException($"No order '{orderId}'.");
        if (!CanMove(field, from, to)) throw new OrderTransitionException(field, from, to);
        var now = clock.GetUtcNow().UtcDateTime;
        var parameters = new DynamicParameters(extraParameters);
        parameters.AddDynamicParams(new { orderId, from, to, now });
        // The WHERE on the old value makes a concurrent change of the same column lose instead of being overwritten.
        // RETURNING gives the changed row, so the event and the answer need no second read.
        var row = await connection.QuerySingleOrDefaultAsync<OrderRow>($"""
            UPDATE commerce_orders SET {column} = @to, version = version + 1, updated_utc = @now{(extraSet is null ? "" : ", " + extraSet)}
            WHERE id = @orderId AND {column} = @from
            RETURNING {OrderReader.Columns}
            """, parameters, transaction)
            ?? throw new OrderTransitionException(field, from, to, $"The order's {column} changed concurrently; try again.");
        await connection.ExecuteAsync("""
            INSERT INTO commerce_order_history (order_id, field, from_value, to_value, reason, actor, occurred_utc)
            VALUES (@orderId, @column, @from, @to, @reason, @actor, @now)
            """, new { orderId, column, from, to, reason, actor, now }, transaction);
        var order = await reader.ViewAsync(row, cancellationToken);
        // The order's JSON with what changed appended after its last property: serialized once, instead of built as a
        // JsonNode and serialized again.
        var json = JsonSerializer.Serialize(order, Json);
        var change = JsonSerializer.Serialize(new { field = column, from, to, reason }, Json);
        var payload = new RawJsonPayload(string.Concat(json.AsSpan(0, json.Length - 1), ",", change.AsSpan(1)));
        await outbox.AppendAsync(CommerceEvents.OrderStatusChanged, "order", orderId, order.Version, payload, cancellationToken);
        return order;
    }
}
