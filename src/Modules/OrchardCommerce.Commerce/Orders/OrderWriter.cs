using Dapper;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>Writes a new order's rows (order, lines, addresses, the first history entry) inside checkout's work.</summary>
public sealed class OrderWriter(DbSession session, TimeProvider clock)
{
    /// <summary>The current instant as stored (UTC).</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task InsertAsync(string orderId, string token, CartRow cart, CheckoutRequest request, IReadOnlyList<PricedLine> lines,
        CartTotals totals, CancellationToken cancellationToken = default)
    {
        var transaction = session.Transaction ?? throw new InvalidOperationException("Orders are written inside checkout's unit of work.");
        var connection = transaction.Connection!;
        var now = Now;
        await connection.ExecuteAsync("""
            INSERT INTO commerce_orders (id, token, cart_id, email, currency, status, payment_status, fulfillment_status,
                subtotal, tax, shipping, total, payment_provider, payment_token, payment_id, refunded_total,
                process_instance_key, current_step, version, placed_utc, updated_utc)
            VALUES (@orderId, @token, @cartId, @email, @Currency, @status, @paymentStatus, @fulfillmentStatus,
                @Subtotal, @Tax, @Shipping, @Total, @provider, @paymentToken, NULL, 0, NULL, NULL, 1, @now, @now)
            """, new
        {
            orderId, token, cartId = cart.Id, email = request.Email!.Trim(), cart.Currency, status = OrderStatus.Pending,
            paymentStatus = PaymentStatus.Pending, fulfillmentStatus = FulfillmentStatus.Unfulfilled,
            totals.Subtotal, totals.Tax, totals.Shipping, totals.Total,
            provider = request.Payment!.Provider!.Trim(), paymentToken = request.Payment.Token!, now,
        }, transaction);
        for (var i = 0; i < lines.Count; i++)
            await connection.ExecuteAsync("""
                INSERT INTO commerce_order_lines (order_id, position, variant_id, sku, title, quantity, unit_price, line_total)
                VALUES (@orderId, @position, @VariantId, @Sku, @title, @Quantity, @UnitPrice, @LineTotal)
                """, new { orderId, position = i + 1, lines[i].VariantId, lines[i].Sku, title = lines[i].Title ?? lines[i].Sku,
                    lines[i].Quantity, lines[i].UnitPrice, lines[i].LineTotal }, transaction);
        await InsertAddressAsync(orderId, "shipping", request.ShippingAddress!);
        await InsertAddressAsync(orderId, "billing", request.BillingAddress ?? request.ShippingAddress!);
        await connection.ExecuteAsync("""
            INSERT INTO commerce_order_history (order_id, field, from_value, to_value, reason, actor, occurred_utc)
            VALUES (@orderId, 'status', NULL, @status, 'Order placed at checkout.', 'store', @now)
            """, new { orderId, status = OrderStatus.Pending, now }, transaction);
    }

    private Task InsertAddressAsync(string orderId, string kind, CheckoutAddress address) =>
        session.Transaction!.Connection!.ExecuteAsync("""
            INSERT INTO commerce_order_addresses (order_id, kind, name, line1, line2, city, postal_code, country)
            VALUES (@orderId, @kind, @name, @line1, @line2, @city, @postalCode, @country)
            """, new
        {
            orderId, kind, name = address.Name!.Trim(), line1 = address.Line1!.Trim(), line2 = address.Line2?.Trim(),
            city = address.City!.Trim(), postalCode = address.PostalCode!.Trim(), country = address.Country!.Trim().ToUpperInvariant(),
        }, session.Transaction);
}
