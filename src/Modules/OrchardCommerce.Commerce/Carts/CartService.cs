using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>
/// Store carts: created anonymously, reached by their id (a secret token), priced at current prices whenever read.
/// Every method validates before it writes, and writes in one unit of work.
/// </summary>
public sealed class CartService(DbSession session, CartStore store, CatalogPrices catalog, CartPricer pricer, TimeProvider clock)
{
    public async Task<CartView> CreateAsync(string? currency, string? email, CancellationToken cancellationToken = default)
    {
        if (!StoreInput.IsCurrencyCode(currency))
            throw new CommerceValidationException("currency", "A currency is three upper-case letters (ISO 4217), such as EUR.");
        if (email is not null && !StoreInput.IsEmail(email))
            throw new CommerceValidationException("email", "Not a valid e-mail address.");
        var now = clock.GetStoredUtcNow(); // the answer must equal a later read
        var id = CommerceIds.NewToken();
        await using (var work = await session.BeginWorkAsync(cancellationToken))
        {
            // Whether the store sells in the currency is checked by the insert itself (one round trip, not two).
            var created = await work.Connection.ExecuteAsync("""
                INSERT INTO commerce_carts (id, currency, email, status, order_id, version, created_utc, updated_utc)
                SELECT @id, @currency, @email, 'open', NULL, 1, @now, @now
                WHERE EXISTS (SELECT 1 FROM commerce_variant_prices WHERE currency = @currency)
                """, new { id, currency, email, now }, work.Transaction);
            if (created == 0) throw new CommerceValidationException("currency", $"This store does not sell in {currency}.");
            await work.CompleteAsync(cancellationToken);
        }
        // A new cart is empty: its view needs no second read, only the calculators' totals for no lines.
        var totals = await pricer.PriceAsync(currency!, [], null, cancellationToken);
        return new CartView(id, currency!, email, "open", null, [], totals.Subtotal, totals.Tax, totals.Shipping, totals.Total, 1, now, now);
    }

    /// <summary>The cart at current prices (stored snapshots refreshed when a price changed), or null.</summary>
    public async Task<CartView?> GetAsync(string cartId, CancellationToken cancellationToken = default) =>
        await store.FindAsync(cartId, cancellationToken) is { } cart ? await ViewAsync(cart, cancellationToken) : null;

    /// <param name="known">Variants read in this request already; the catalog is read only when a line's is not among them.</param>
    private async Task<CartView> ViewAsync(CartRow cart, CancellationToken cancellationToken, SellableVariant? known = null)
    {
        var cartId = cart.Id;
        var current = known is not null && cart.Lines.All(l => l.VariantId == known.VariantId)
            ? new Dictionary<string, SellableVariant>(StringComparer.Ordinal) { [known.VariantId] = known }
            : await catalog.GetAsync(cart.Lines.Select(l => l.VariantId), cart.Currency, cancellationToken);
        var stale = cart.Status == "open"
            ? cart.Lines.Where(l => current.GetValueOrDefault(l.VariantId)?.Price is { } price && price != l.UnitPrice).ToList()
            : [];
        if (stale.Count > 0)
        {
            await using var work = await session.BeginWorkAsync(cancellationToken);
            foreach (var line in stale)
                await work.Connection.ExecuteAsync("UPDATE commerce_cart_lines SET unit_price = @price WHERE id = @Id",
                    new { line.Id, price = current[line.VariantId].Price }, work.Transaction);
            await TouchAsync(cartId, cancellationToken);
            await work.CompleteAsync(cancellationToken);
            cart = (await store.FindAsync(cartId, cancellationToken))!;
        }
        var lines = cart.Lines.Select(l =>
        {
            var variant = current.GetValueOrDefault(l.VariantId);
            return new CartLineView(l.Id, l.VariantId, l.Sku, variant?.Title ?? l.Sku, l.Quantity, l.UnitPrice,
                l.UnitPrice * l.Quantity, variant?.Price is not null);
        }).ToList();
        var totals = await pricer.PriceAsync(cart.Currency,
            lines.Select(l => new PricedLine(l.VariantId, l.Sku, l.Quantity, l.UnitPrice)).ToList(), null, cancellationToken);
        return new CartView(cart.Id, cart.Currency, cart.Email, cart.Status, cart.OrderId, lines, totals.Subtotal, totals.Tax,
            totals.Shipping, totals.Total, cart.Version, cart.CreatedUtc, cart.UpdatedUtc);
    }

    /// <summary>Adds a SKU (to the existing line when the cart has one for it); null when the cart does not exist.</summary>
    public async Task<CartView?> AddLineAsync(string cartId, string? sku, long quantity, CancellationToken cancellationToken = default)
    {
        RequirePositive(quantity);
        var cart = await OpenCartAsync(cartId, cancellationToken);
        if (cart is null) return null;
        if (string.IsNullOrWhiteSpace(sku)) throw new CommerceValidationException("sku", "A SKU is required.");
        var variant = await catalog.FindAsync(sku, cart.Currency, cancellationToken)
            ?? throw new CommerceValidationException("sku", $"No product for sale has SKU '{sku}'.");
        if (variant.Price is not { } price)
            throw new CommerceValidationException("currency", $"SKU '{sku}' has no price in {cart.Currency}.");
        var now = clock.GetStoredUtcNow();
        var existing = cart.Lines.FirstOrDefault(l => l.VariantId == variant.VariantId);
        var line = existing ?? new CartLineRow { Id = CommerceIds.New("line"), VariantId = variant.VariantId, Sku = variant.Sku };
        // The line and the cart's version in one round trip; both come back, so the view needs no read-back and still
        // shows what a concurrent change of the same cart did to them.
        var write = existing is null
            ? """
              INSERT INTO commerce_cart_lines (id, cart_id, variant_id, sku, quantity, unit_price, created_utc)
              VALUES (@Id, @cartId, @VariantId, @Sku, @quantity, @price, @now) RETURNING quantity;
              """
            : "UPDATE commerce_cart_lines SET quantity = quantity + @quantity, unit_price = @price WHERE id = @Id RETURNING quantity;";
        await using (var work = await session.BeginWorkAsync(cancellationToken))
        {
            await using (var results = await work.Connection.QueryMultipleAsync(write + "\n" + TouchSql + " RETURNING version;",
                new { line.Id, cartId, line.VariantId, line.Sku, quantity, price, now }, work.Transaction))
            {
                line.Quantity = await results.ReadSingleAsync<long>();
                cart.Version = await results.ReadSingleAsync<long>();
            }
            await work.CompleteAsync(cancellationToken);
        }
        line.UnitPrice = price;
        if (existing is null) cart.Lines.Add(line);
        cart.UpdatedUtc = now;
        return await ViewAsync(cart, cancellationToken, variant);
    }

    /// <summary>Sets a line's quantity; null when the cart or the line does not exist.</summary>
    public async Task<CartView?> UpdateLineAsync(string cartId, string lineId, long quantity, CancellationToken cancellationToken = default)
    {
        RequirePositive(quantity);
        return await ChangeLineAsync(cartId, lineId, "UPDATE commerce_cart_lines SET quantity = @quantity WHERE id = @lineId AND cart_id = @cartId",
            new { cartId, lineId, quantity }, cancellationToken);
    }

    public Task<CartView?> RemoveLineAsync(string cartId, string lineId, CancellationToken cancellationToken = default) =>
        ChangeLineAsync(cartId, lineId, "DELETE FROM commerce_cart_lines WHERE id = @lineId AND cart_id = @cartId",
            new { cartId, lineId }, cancellationToken);

    private async Task<CartView?> ChangeLineAsync(string cartId, string lineId, string sql, object parameters, CancellationToken cancellationToken)
    {
        var cart = await OpenCartAsync(cartId, cancellationToken);
        if (cart is null || cart.Lines.All(l => l.Id != lineId)) return null;
        await using (var work = await session.BeginWorkAsync(cancellationToken))
        {
            await work.Connection.ExecuteAsync(sql, parameters, work.Transaction);
            await TouchAsync(cartId, cancellationToken);
            await work.CompleteAsync(cancellationToken);
        }
        return await GetAsync(cartId, cancellationToken);
    }

    private async Task<CartRow?> OpenCartAsync(string cartId, CancellationToken cancellationToken)
    {
        var cart = await store.FindAsync(cartId, cancellationToken);
        if (cart is { Status: not "open" }) throw new CartConflictException("This cart was checked out and can no longer change.");
        return cart;
    }

    private const string TouchSql = "UPDATE commerce_carts SET version = version + 1, updated_utc = @now WHERE id = @cartId";

    private async Task TouchAsync(string cartId, CancellationToken cancellationToken) =>
        await (await session.GetConnectionAsync(cancellationToken)).ExecuteAsync(TouchSql,
            new { cartId, now = clock.GetStoredUtcNow() }, session.Transaction);

    private static void RequirePositive(long quantity)
    {
        if (quantity <= 0) throw new CommerceValidationException("quantity", "The quantity must be at least 1.");
    }
}
