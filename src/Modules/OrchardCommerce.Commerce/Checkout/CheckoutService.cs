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
        // Claimed in the order's command: when the claim finds no row, the cart changed since it was priced or was
        // checked out meanwhile (the version check), the verdict says so, and the whole transaction is given up.
        const string claim = """
            UPDATE commerce_carts SET status = 'completed', order_id = @orderId, version = version + 1, updated_utc = @now
            WHERE id = @cartId AND status = 'open' AND version = @cartVersion;
            """;
        var parameters = new SqlParameters().Add("cartVersion", cart.Version);
        return await PlaceAsync(idempotencyKey, hash, cart, request, lines, claim, parameters, stillCurrent: null, cancellationToken);
    }

    /// <summary>
    /// A one-request checkout: the lines are priced, a cart is written already checked out, and the order placed as
    /// from a cart, in one transaction. Throws the validation, stock and idempotency exceptions.
    /// </summary>
    public async Task<CheckoutResult> CheckoutLinesAsync(string idempotencyKey, DirectCheckoutRequest request,
        CancellationToken cancellationToken = default)
    {
        var errors = CheckoutValidator.Validate(request);
        if (errors.Count > 0) throw new CommerceValidationException(errors);
        var hash = Hash("lines", request);
        var input = request.Lines!.Select(l => (Sku: l!.Sku!.Trim(), Quantity: l.Quantity!.Value)).ToList();
        // First from the tenant's cached quotes when it has them all, proven current in the order's own command; when
        // the proof fails (a price or product changed), again from a fresh read.
        for (var fromCache = true; ; fromCache = false)
        {
            var quote = await catalog.QuoteBySkuAsync(input.Select(l => l.Sku).ToList(), request.Currency!, fromCache, cancellationToken);
            try
            {
                return await PlaceLinesAsync(idempotencyKey, hash, request, input, quote, cancellationToken);
            }
            catch (StaleQuoteException) when (fromCache)
            {
            }
        }
    }

    private async Task<CheckoutResult> PlaceLinesAsync(string idempotencyKey, string hash, DirectCheckoutRequest request,
        List<(string Sku, long Quantity)> input, CatalogQuote quote, CancellationToken cancellationToken)
    {
        var currency = request.Currency!;
        var found = quote.BySku;
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < input.Count; i++)
        {
            if (!found.TryGetValue(input[i].Sku, out var variant)) errors[$"lines[{i}].sku"] = [$"No product for sale has SKU '{input[i].Sku}'."];
            else if (variant.Price is null) errors["currency"] = [$"SKU '{input[i].Sku}' has no price in {currency}."];
        }
        if (errors.Count > 0) throw new CommerceValidationException(errors);
        // One line per SKU, as a cart keeps them.
        var lines = input.GroupBy(l => l.Sku, StringComparer.Ordinal).Select(g =>
        {
            var variant = found[g.Key];
            return new PricedLine(variant.VariantId, variant.Sku, g.Sum(l => l.Quantity), variant.Price!.Value, variant.Title);
        }).ToList();
        var cart = new CartRow { Id = CommerceIds.NewToken(), Currency = currency };
        var sql = new StringBuilder("""
            INSERT INTO commerce_carts (id, currency, email, status, order_id, version, created_utc, updated_utc)
            VALUES (@cartId, @cartCurrency, @cartEmail, 'completed', @orderId, 1, @now, @now);
            """);
        var parameters = new SqlParameters().Add("cartCurrency", currency).Add("cartEmail", request.Email!.Trim());
        for (var i = 0; i < lines.Count; i++)
        {
            sql.AppendLine($"""
                INSERT INTO commerce_cart_lines (id, cart_id, variant_id, sku, quantity, unit_price, created_utc)
                VALUES (@cartLine{i}, @cartId, @cartLineVariant{i}, @cartLineSku{i}, @cartLineQuantity{i}, @cartLinePrice{i}, @now);
                """);
            parameters.Add($"cartLine{i}", CommerceIds.New("line")).Add($"cartLineVariant{i}", lines[i].VariantId).Add($"cartLineSku{i}", lines[i].Sku)
                .Add($"cartLineQuantity{i}", lines[i].Quantity).Add($"cartLinePrice{i}", lines[i].UnitPrice);
        }
        var stillCurrent = quote.Cached ? quote.StillCurrentSql(parameters) : null;
        return await PlaceAsync(idempotencyKey, hash, cart, request.Checkout, lines, sql.ToString(), parameters, stillCurrent, cancellationToken);
    }

    /// <summary>
    /// Places the order in one transaction. <paramref name="cartWrite"/> claims or writes the cart in the order's
    /// command, with <paramref name="cartParameters"/>; the verdict read after it says whether the key and the cart
    /// are this order's. <paramref name="stillCurrent"/>, a condition on the catalog, makes the verdict fail with
    /// <see cref="StaleQuoteException"/> when it does not hold.
    /// </summary>
    private async Task<CheckoutResult> PlaceAsync(string idempotencyKey, string hash, CartRow cart, CheckoutRequest request,
        List<PricedLine> lines, string cartWrite, SqlParameters cartParameters, string? stillCurrent, CancellationToken cancellationToken)
    {
        var shipTo = request.ShippingAddress!;
        var totals = await pricer.PriceAsync(cart.Currency, lines, shipTo.Country!.Trim().ToUpperInvariant(), cancellationToken);
        var orderId = CommerceIds.New("ord");
        var token = CommerceIds.NewToken();
        // One order of locks (by variant) for every checkout, so two carts with the same SKUs cannot deadlock.
        var stockLines = lines.OrderBy(l => l.VariantId, StringComparer.Ordinal).ToList();
        var variantIds = stockLines.Select(l => l.VariantId).ToList();
        await using (var work = await session.BeginWorkAsync(cancellationToken))
        {
            // One command: the key first, so a concurrent twin blocks on it (PostgreSQL) or behind the write lock
            // (SQLite) until this commits, then finds it taken; then the order's rows and the cart; then the verdict,
            // read in the same transaction. A lost key or cart leaves rows written for nothing, and they roll back.
            var (orderSql, parameters, order) = writer.Build(orderId, token, cart, request, lines, totals);
            parameters.Add("idempotencyKey", idempotencyKey).Add("hash", hash);
            var sql = new StringBuilder("""
                INSERT INTO commerce_idempotency_keys (key, request_hash, order_id, created_utc) VALUES (@idempotencyKey, @hash, @orderId, @now)
                ON CONFLICT (key) DO NOTHING;
                """).AppendLine().Append(orderSql).AppendLine(cartWrite).AppendLine($"""
                SELECT CASE WHEN (SELECT order_id FROM commerce_idempotency_keys WHERE key = @idempotencyKey) <> @orderId THEN 'key'
                            {(stillCurrent is null ? "" : $"WHEN NOT {stillCurrent} THEN 'stale'")}
                            WHEN (SELECT order_id FROM commerce_carts WHERE id = @cartId) = @orderId THEN 'placed'
                            ELSE 'cart' END;
                """);
            // On PostgreSQL the stock and the events ride in the same command, last: a level row stays locked from its
            // reservation to the commit and a popular SKU's checkouts queue on it, so only the commit's round trip may
            // sit inside that window. The stock events are built in SQL from the levels as reserved.
            var folded = session.Dialect.IsPostgres;
            var placedEvent = new OutboxEntry(CommerceEvents.OrderPlaced, "order", orderId, order.Version, order);
            if (folded)
            {
                for (var i = 0; i < stockLines.Count; i++)
                    sql.AppendLine(inventory.ReservationSql(i, stockLines[i].VariantId, stockLines[i].Quantity, parameters));
                sql.AppendLine(StockReader.ChangedSql(variantIds, order.PlacedUtc, parameters));
                sql.Append(outbox.AppendSql([placedEvent], parameters, "placed"));
            }
            parameters.Add(cartParameters);
            string verdict;
            var reserved = new bool[stockLines.Count];
            await using (var results = await work.Connection.QueryMultipleAsync(new CommandDefinition(sql.ToString(), parameters, work.Transaction,
                cancellationToken: cancellationToken)))
            {
                verdict = await results.ReadSingleAsync<string>();
                if (folded)
                    for (var i = 0; i < stockLines.Count; i++) reserved[i] = (await results.ReadAsync<string>()).Any();
            }
            if (verdict == "key")
            {
                await work.DisposeAsync();
                var winner = (await FindKeyAsync(idempotencyKey, cancellationToken))!.Value;
                return await ReplayAsync(idempotencyKey, hash, winner, cancellationToken);
            }
            if (verdict == "stale") throw new StaleQuoteException();
            if (verdict != "placed")
                throw new CartConflictException("The cart changed or was checked out meanwhile; read it and try again.");
            // SQLite (and a PostgreSQL line no single location could take at that moment) reserves here, one line at a
            // time, looking again at every location.
            var late = new List<string>();
            for (var i = 0; i < stockLines.Count; i++)
            {
                if (reserved[i]) continue;
                if (!await inventory.ReserveAsync(stockLines[i].VariantId, stockLines[i].Quantity, orderId, cancellationToken))
                    throw new OutOfStockException(stockLines[i].Sku, stockLines[i].Quantity);
                late.Add(stockLines[i].VariantId);
            }
            // Every event in one command: the stock of each variant, then order.placed last. On PostgreSQL only a late
            // reservation is left to tell, after order.placed; its stock.changed has the higher version.
            if (!folded || late.Count > 0)
            {
                var (events, _) = await stock.ChangedAsync(folded ? late : variantIds, cancellationToken);
                await outbox.AppendAsync(folded ? events : [.. events, placedEvent], cancellationToken);
            }
            orders.Remember(order);
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
    private static string Hash<TRequest>(string cartId, TRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cartId + "\n" + JsonSerializer.Serialize(request, Json))));
}
