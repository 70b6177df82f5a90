using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Dapper;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Commerce.Orders;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Checkout;

/// <summary>
/// Turns a cart into an order in one transaction: claim the idempotency key and the cart, reserve every line's
/// stock, write the order, then the events (order.placed last). Either all of it commits or none of it.
/// </summary>
public sealed class CheckoutService(DbSession session, CartStore carts, CatalogPrices catalog, CartPricer pricer,
    InventoryService inventory, StockReader stock, OrderReader orders, OrderWriter writer, OutboxWriter<CommerceStream> outbox)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Null when the cart does not exist. Throws the validation, stock, cart and idempotency exceptions.</summary>
    public async Task<CheckoutResult?> CheckoutAsync(string cartId, string idempotencyKey, CheckoutRequest request,
        CancellationToken cancellationToken = default)
    {
        var errors = CheckoutValidator.Validate(request);
        if (errors.Count > 0) throw new CommerceValidationException(errors);
        var hash = Hash(cartId, request);
        // No key lookup up front: a first attempt (the common case) would pay a round trip for nothing. A retry finds
        // its cart checked out below, or loses the key insert to its twin, and answers with the earlier order then.
        var cart = await carts.FindAsync(cartId, cancellationToken);
        if (cart is null) return null;
        if (cart.Status != "open")
        {
            // A twin request with this key may have committed between the key lookup above and this read: it is
            // the same checkout, so answer with its order rather than a conflict.
            if (await FindKeyAsync(idempotencyKey, cancellationToken) is { } twin)
                return await ReplayAsync(idempotencyKey, hash, twin, cancellationToken);
            throw new CartConflictException("This cart was already checked out.");
        }
        var lines = await PriceLinesAsync(cart, cancellationToken);
        var shipTo = request.ShippingAddress!;
        var totals = await pricer.PriceAsync(cart.Currency, lines, shipTo.Country!.Trim().ToUpperInvariant(), cancellationToken);

        var orderId = CommerceIds.New("ord");
        var token = CommerceIds.NewToken();
        await using (var work = await session.BeginWorkAsync(cancellationToken))
        {
            // The key first: a concurrent twin blocks here (PostgreSQL) or behind the write lock (SQLite) until this
            // commits, then finds the key taken and answers with this order instead of placing another.
            var claimed = await work.Connection.ExecuteAsync("""
                INSERT INTO commerce_idempotency_keys (key, request_hash, order_id, created_utc) VALUES (@idempotencyKey, @hash, @orderId, @now)
                ON CONFLICT (key) DO NOTHING
                """, new { idempotencyKey, hash, orderId, now = writer.Now }, work.Transaction);
            if (claimed == 0)
            {
                var winner = (await FindKeyAsync(idempotencyKey, cancellationToken))!.Value;
                await work.DisposeAsync();
                return await ReplayAsync(idempotencyKey, hash, winner, cancellationToken);
            }
            // The version check makes a line changed since we priced the cart a conflict instead of a silent mismatch.
            var cartClaimed = await work.Connection.ExecuteAsync("""
                UPDATE commerce_carts SET status = 'completed', order_id = @orderId, version = version + 1, updated_utc = @now
                WHERE id = @cartId AND status = 'open' AND version = @Version
                """, new { cartId, orderId, cart.Version, now = writer.Now }, work.Transaction);
            if (cartClaimed == 0) throw new CartConflictException("The cart changed or was checked out meanwhile; read it and try again.");
            var order = await writer.InsertAsync(orderId, token, cart, request, lines, totals, cancellationToken);
            // Stock last: a level row stays locked from its reservation to the commit, and a popular SKU's checkouts
            // queue on it, so only the reservation and the events may sit inside that window. One order of locks (by
            // variant) for every checkout, so two carts with the same SKUs cannot deadlock.
            foreach (var line in lines.OrderBy(l => l.VariantId, StringComparer.Ordinal))
                if (!await inventory.ReserveAsync(line.VariantId, line.Quantity, orderId, cancellationToken))
                    throw new OutOfStockException(line.Sku, line.Quantity);
            foreach (var variantId in lines.Select(l => l.VariantId).Distinct().Order(StringComparer.Ordinal))
                await stock.AppendChangedAsync(variantId, cancellationToken);
            await outbox.AppendAsync(CommerceEvents.OrderPlaced, "order", orderId, order.Version, order, cancellationToken);
            await work.CompleteAsync(cancellationToken);
            return new CheckoutResult(order, token, Created: true);
        }
    }

    private async Task<List<PricedLine>> PriceLinesAsync(CartRow cart, CancellationToken cancellationToken)
    {
        if (cart.Lines.Count == 0) throw new CommerceValidationException("lines", "The cart is empty.");
        var current = await catalog.GetAsync(cart.Lines.Select(l => l.VariantId), cart.Currency, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var priced = new List<PricedLine>();
        for (var i = 0; i < cart.Lines.Count; i++)
        {
            var line = cart.Lines[i];
            if (!current.TryGetValue(line.VariantId, out var variant))
                errors[$"lines[{i}].sku"] = [$"SKU '{line.Sku}' is no longer for sale."];
            else if (variant.Price is not { } price)
                errors["currency"] = [$"SKU '{line.Sku}' has no price in {cart.Currency}."];
            else
                priced.Add(new PricedLine(line.VariantId, line.Sku, line.Quantity, price, variant.Title));
        }
        if (errors.Count > 0) throw new CommerceValidationException(errors);
        return priced;
    }

    private async Task<CheckoutResult> ReplayAsync(string key, string hash, (string Hash, string OrderId) earlier, CancellationToken cancellationToken)
    {
        if (earlier.Hash != hash) throw new IdempotencyConflictException(key);
        var row = (await orders.FindRowAsync(earlier.OrderId, cancellationToken))!;
        var order = (await orders.GetAsync(earlier.OrderId, cancellationToken: cancellationToken))!;
        return new CheckoutResult(order, row.Token, Created: false);
    }

    private async Task<(string Hash, string OrderId)?> FindKeyAsync(string key, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, string)>(
            "SELECT request_hash, order_id FROM commerce_idempotency_keys WHERE key = @key", new { key }, session.Transaction);
        return rows.Select(r => ((string, string)?)r).FirstOrDefault();
    }

    // The cart id is part of the request: the same key and body for another cart is a different request.
    private static string Hash(string cartId, CheckoutRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cartId + "\n" + JsonSerializer.Serialize(request, Json))));
}
