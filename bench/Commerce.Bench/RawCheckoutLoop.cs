using Dapper;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Bench;

/// <summary>
/// The baseline: the rows one checkout writes (cart, line, key, reservation, order, line, addresses, history, two
/// events) in one hand-written transaction per order, with the same oversell guard, no HTTP, no reads.
/// </summary>
internal sealed class RawCheckoutLoop(TenantDatabase database)
{
    public async Task<bool> PlaceAsync(string variantId, string sku, long quantity)
    {
        // The same in-process writer queue as DbSession on SQLite (none on PostgreSQL), so both sides wait alike.
        using var turn = await database.EnterWriteAsync();
        var (connection, transaction) = await database.BeginAsync();
        await using (connection)
        await using (transaction)
        {
            var now = DateTime.UtcNow;
            var cartId = CommerceIds.NewToken();
            var orderId = CommerceIds.New("ord");
            var p = new { sku, cartId, orderId, variantId, quantity, now, key = Guid.NewGuid().ToString(), token = CommerceIds.NewToken(), res = CommerceIds.New("res"),
                line = CommerceIds.New("line"), e1 = CommerceIds.New("evt"), e2 = CommerceIds.New("evt"), expires = now.AddMinutes(30) };
            await connection.ExecuteAsync("""
                INSERT INTO commerce_carts (id, currency, email, status, order_id, version, created_utc, updated_utc) VALUES (@cartId, 'EUR', NULL, 'open', NULL, 1, @now, @now);
                INSERT INTO commerce_cart_lines (id, cart_id, variant_id, sku, quantity, unit_price, created_utc) VALUES (@line, @cartId, @variantId, @sku, @quantity, 1999, @now);
                INSERT INTO commerce_idempotency_keys (key, request_hash, order_id, created_utc) VALUES (@key, 'h', @orderId, @now);
                UPDATE commerce_carts SET status = 'completed', order_id = @orderId, version = version + 1 WHERE id = @cartId;
                """, p, transaction);
            var reserved = await connection.ExecuteAsync("""
                UPDATE commerce_inventory_levels SET reserved = reserved + @quantity, version = version + 1
                WHERE variant_id = @variantId AND location_id = 'main' AND on_hand - reserved >= @quantity
                """, p, transaction);
            if (reserved == 0) return false;
            await connection.ExecuteAsync("""
                INSERT INTO commerce_reservations (id, variant_id, location_id, quantity, order_id, status, expires_utc, created_utc) VALUES (@res, @variantId, 'main', @quantity, @orderId, 'active', @expires, @now);
                INSERT INTO commerce_orders (id, token, cart_id, email, currency, status, payment_status, fulfillment_status, subtotal, tax, shipping, total,
                    payment_provider, payment_token, payment_id, refunded_total, process_instance_key, current_step, version, placed_utc, updated_utc)
                VALUES (@orderId, @token, @cartId, 'bench@example.com', 'EUR', 'pending', 'pending', 'unfulfilled', 1999, 0, 0, 1999, 'test', 'tok', NULL, 0, NULL, NULL, 1, @now, @now);
                INSERT INTO commerce_order_lines (order_id, position, variant_id, sku, title, quantity, unit_price, line_total) VALUES (@orderId, 1, @variantId, @sku, @sku, @quantity, 1999, 1999);
                INSERT INTO commerce_order_addresses (order_id, kind, name, line1, line2, city, postal_code, country) VALUES (@orderId, 'shipping', 'Bench', '1 Main', NULL, 'Berlin', '10115', 'DE');
                INSERT INTO commerce_order_addresses (order_id, kind, name, line1, line2, city, postal_code, country) VALUES (@orderId, 'billing', 'Bench', '1 Main', NULL, 'Berlin', '10115', 'DE');
                INSERT INTO commerce_order_history (order_id, field, from_value, to_value, reason, actor, occurred_utc) VALUES (@orderId, 'status', NULL, 'pending', 'placed', 'store', @now);
                """, p, transaction);
            // As OutboxWriter<CommerceStream>: no lock; SQLite numbers the feed position at insert, PostgreSQL's feed reader does it later.
            var position = database.Dialect.IsPostgres ? "" : "UPDATE commerce_events SET position = sequence WHERE sequence = last_insert_rowid();";
            await connection.ExecuteAsync($$"""
                INSERT INTO commerce_events (id, type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_utc) VALUES (@e1, 'stock.changed', 'stock', @variantId, 1, '{}', @now);
                {{position}}
                INSERT INTO commerce_events (id, type, aggregate_type, aggregate_id, aggregate_version, payload, occurred_utc) VALUES (@e2, 'order.placed', 'order', @orderId, 1, '{}', @now);
                {{position}}
                """, p, transaction);
            await transaction.CommitAsync();
            return true;
        }
    }
}
