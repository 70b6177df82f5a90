using System.Text;
using Dapper;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Orders;

/// <summary>Writes a new order's rows (order, lines, addresses, the first history entry) inside checkout's work.</summary>
public sealed class OrderWriter(DbSession session, TimeProvider clock)
{
    /// <summary>The current instant as stored (UTC, to the microsecond PostgreSQL keeps).</summary>
    public DateTime Now => clock.GetStoredUtcNow();

    /// <summary>
    /// All of a new order's rows in one command (one round trip, whatever the number of lines); returns the order as
    /// a read would show it, so checkout needs no read-back.
    /// </summary>
    /// <param name="before">SQL sent in the same command before the order's rows (checkout's idempotency key).</param>
    /// <param name="after">
    /// SQL sent after them (the cart, and checkout's verdict). Both may use <c>@cartId</c>, <c>@orderId</c>, <c>@now</c> and
    /// <paramref name="extra"/>; the first column of the first row any statement returns is returned, else null.
    /// </param>
    public async Task<(OrderView Order, object? Answer)> InsertAsync(string orderId, string token, CartRow cart, CheckoutRequest request,
        IReadOnlyList<PricedLine> lines, CartTotals totals, string before, string after, DynamicParameters extra,
        CancellationToken cancellationToken = default)
    {
        var transaction = session.Transaction ?? throw new InvalidOperationException("Orders are written inside checkout's unit of work.");
        var row = new OrderRow
        {
            Id = orderId, Token = token, Email = request.Email!.Trim(), Currency = cart.Currency, Status = OrderStatus.Pending,
            PaymentStatus = PaymentStatus.Pending, FulfillmentStatus = FulfillmentStatus.Unfulfilled,
            Subtotal = totals.Subtotal, Tax = totals.Tax, Shipping = totals.Shipping, Total = totals.Total,
            PaymentProvider = request.Payment!.Provider!.Trim(), PaymentToken = request.Payment.Token!, Version = 1,
            PlacedUtc = Now,
        };
        row.UpdatedUtc = row.PlacedUtc;
        var parameters = new DynamicParameters(new
        {
            orderId, token, cartId = cart.Id, email = row.Email, cart.Currency, status = row.Status,
            paymentStatus = row.PaymentStatus, fulfillmentStatus = row.FulfillmentStatus,
            totals.Subtotal, totals.Tax, totals.Shipping, totals.Total,
            provider = row.PaymentProvider, paymentToken = row.PaymentToken, now = row.PlacedUtc,
        });
        var sql = new StringBuilder(before).AppendLine().Append("""
            INSERT INTO commerce_orders (id, token, cart_id, email, currency, status, payment_status, fulfillment_status,
                subtotal, tax, shipping, total, payment_provider, payment_token, payment_id, refunded_total,
                process_instance_key, current_step, version, placed_utc, updated_utc)
            VALUES (@orderId, @token, @cartId, @email, @Currency, @status, @paymentStatus, @fulfillmentStatus,
                @Subtotal, @Tax, @Shipping, @Total, @provider, @paymentToken, NULL, 0, NULL, NULL, 1, @now, @now);
            INSERT INTO commerce_order_history (order_id, field, from_value, to_value, reason, actor, occurred_utc)
            VALUES (@orderId, 'status', NULL, @status, 'Order placed at checkout.', 'store', @now);

            """);
        for (var i = 0; i < lines.Count; i++)
        {
            sql.AppendLine($"""
                INSERT INTO commerce_order_lines (order_id, position, variant_id, sku, title, quantity, unit_price, line_total)
                VALUES (@orderId, {i + 1}, @variant{i}, @sku{i}, @title{i}, @quantity{i}, @unitPrice{i}, @lineTotal{i});
                """);
            parameters.Add($"variant{i}", lines[i].VariantId);
            parameters.Add($"sku{i}", lines[i].Sku);
            parameters.Add($"title{i}", lines[i].Title ?? lines[i].Sku);
            parameters.Add($"quantity{i}", lines[i].Quantity);
            parameters.Add($"unitPrice{i}", lines[i].UnitPrice);
            parameters.Add($"lineTotal{i}", lines[i].LineTotal);
        }
        var shipping = AddAddress(sql, parameters, "shipping", request.ShippingAddress!);
        var billing = AddAddress(sql, parameters, "billing", request.BillingAddress ?? request.ShippingAddress!);
        sql.AppendLine(after);
        parameters.AddDynamicParams(extra);
        // ExecuteScalar: statements without rows run and are passed over, so the first row-returning statement answers.
        var answer = await transaction.Connection!.ExecuteScalarAsync(new CommandDefinition(sql.ToString(), parameters, transaction,
            cancellationToken: cancellationToken));
        var views = lines.Select((l, i) => new OrderLineView(i + 1, l.VariantId, l.Sku, l.Title ?? l.Sku, l.Quantity, l.UnitPrice, l.LineTotal)).ToList();
        return (row.ToView(views, shipping, billing, null), answer);
    }

    private static OrderAddress AddAddress(StringBuilder sql, DynamicParameters parameters, string kind, CheckoutAddress input)
    {
        var address = new OrderAddress(input.Name!.Trim(), input.Line1!.Trim(), input.Line2?.Trim(), input.City!.Trim(),
            input.PostalCode!.Trim(), input.Country!.Trim().ToUpperInvariant());
        sql.AppendLine($"""
            INSERT INTO commerce_order_addresses (order_id, kind, name, line1, line2, city, postal_code, country)
            VALUES (@orderId, '{kind}', @{kind}Name, @{kind}Line1, @{kind}Line2, @{kind}City, @{kind}PostalCode, @{kind}Country);
            """);
        parameters.Add($"{kind}Name", address.Name);
        parameters.Add($"{kind}Line1", address.Line1);
        parameters.Add($"{kind}Line2", address.Line2, System.Data.DbType.String);
        parameters.Add($"{kind}City", address.City);
        parameters.Add($"{kind}PostalCode", address.PostalCode);
        parameters.Add($"{kind}Country", address.Country);
        return address;
    }
}
