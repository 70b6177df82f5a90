using System.Text;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>Builds a new order's rows (order, lines, addresses, the first history entry) for checkout's command.</summary>
public sealed class OrderWriter(TimeProvider clock)
{
    // The current instant as stored (UTC, to the microsecond PostgreSQL keeps).
    private DateTime Now => clock.GetStoredUtcNow();

    /// <summary>
    /// All of a new order's rows as SQL for one command (one round trip, whatever the number of lines), its
    /// parameters (<c>@orderId</c>, <c>@cartId</c> and <c>@now</c> among them, for the caller's statements around it),
    /// and the order as a read would show it, so checkout needs no read-back.
    /// </summary>
    public (string Sql, SqlParameters Parameters, OrderView Order) Build(string orderId, string token, CartRow cart, CheckoutRequest request,
        IReadOnlyList<PricedLine> lines, CartTotals totals)
    {
        var row = new OrderRow
        {
            Id = orderId, Token = token, Email = request.Email!.Trim(), Currency = cart.Currency, Status = OrderStatus.Pending,
            PaymentStatus = PaymentStatus.Pending, FulfillmentStatus = FulfillmentStatus.Unfulfilled,
            Subtotal = totals.Subtotal, Tax = totals.Tax, Shipping = totals.Shipping, Total = totals.Total,
            PaymentProvider = request.Payment!.Provider!.Trim(), PaymentToken = request.Payment.Token!, Version = 1,
            PlacedUtc = Now,
        };
        row.UpdatedUtc = row.PlacedUtc;
        var parameters = new SqlParameters()
            .Add("orderId", orderId).Add("token", token).Add("cartId", cart.Id).Add("email", row.Email).Add("currency", cart.Currency)
            .Add("status", row.Status).Add("paymentStatus", row.PaymentStatus).Add("fulfillmentStatus", row.FulfillmentStatus)
            .Add("subtotal", totals.Subtotal).Add("tax", totals.Tax).Add("shipping", totals.Shipping).Add("total", totals.Total)
            .Add("provider", row.PaymentProvider).Add("paymentToken", row.PaymentToken).Add("now", row.PlacedUtc);
        var sql = new StringBuilder("""
            INSERT INTO commerce_orders (id, token, cart_id, email, currency, status, payment_status, fulfillment_status,
                subtotal, tax, shipping, total, payment_provider, payment_token, payment_id, refunded_total,
                process_instance_key, current_step, version, placed_utc, updated_utc)
            VALUES (@orderId, @token, @cartId, @email, @currency, @status, @paymentStatus, @fulfillmentStatus,
                @subtotal, @tax, @shipping, @total, @provider, @paymentToken, NULL, 0, NULL, NULL, 1, @now, @now);
            INSERT INTO commerce_order_history (order_id, field, from_value, to_value, reason, actor, occurred_utc)
            VALUES (@orderId, 'status', NULL, @status, 'Order placed at checkout.', 'store', @now);

            """);
        for (var i = 0; i < lines.Count; i++)
        {
            sql.AppendLine($"""
                INSERT INTO commerce_order_lines (order_id, position, variant_id, sku, title, quantity, unit_price, line_total)
                VALUES (@orderId, {i + 1}, @variant{i}, @sku{i}, @title{i}, @quantity{i}, @unitPrice{i}, @lineTotal{i});
                """);
            parameters.Add($"variant{i}", lines[i].VariantId).Add($"sku{i}", lines[i].Sku).Add($"title{i}", lines[i].Title ?? lines[i].Sku)
                .Add($"quantity{i}", lines[i].Quantity).Add($"unitPrice{i}", lines[i].UnitPrice).Add($"lineTotal{i}", lines[i].LineTotal);
        }
        var shipping = AddAddress(sql, parameters, "shipping", request.ShippingAddress!);
        var billing = AddAddress(sql, parameters, "billing", request.BillingAddress ?? request.ShippingAddress!);
        var views = lines.Select((l, i) => new OrderLineView(i + 1, l.VariantId, l.Sku, l.Title ?? l.Sku, l.Quantity, l.UnitPrice, l.LineTotal)).ToList();
        return (sql.ToString(), parameters, row.ToView(views, shipping, billing, null));
    }

    private static OrderAddress AddAddress(StringBuilder sql, SqlParameters parameters, string kind, CheckoutAddress input)
    {
        var address = new OrderAddress(input.Name!.Trim(), input.Line1!.Trim(), input.Line2?.Trim(), input.City!.Trim(),
            input.PostalCode!.Trim(), input.Country!.Trim().ToUpperInvariant());
        sql.AppendLine($"""
            INSERT INTO commerce_order_addresses (order_id, kind, name, line1, line2, city, postal_code, country)
            VALUES (@orderId, '{kind}', @{kind}Name, @{kind}Line1, @{kind}Line2, @{kind}City, @{kind}PostalCode, @{kind}Country);
            """);
        parameters.Add($"{kind}Name", address.Name).Add($"{kind}Line1", address.Line1).Add($"{kind}Line2", address.Line2)
            .Add($"{kind}City", address.City).Add($"{kind}PostalCode", address.PostalCode).Add($"{kind}Country", address.Country);
        return address;
    }
}
