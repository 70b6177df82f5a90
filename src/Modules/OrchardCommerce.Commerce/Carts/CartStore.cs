using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>Cart rows as stored; <see cref="CartService"/> adds prices and totals.</summary>
public sealed class CartStore(DbSession session)
{
    public async Task<CartRow?> FindAsync(string cartId, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        // One round trip for the cart and its lines: every store request reads a cart, most of them twice.
        await using var results = await connection.QueryMultipleAsync("""
            SELECT id AS Id, currency AS Currency, email AS Email, status AS Status, order_id AS OrderId, version AS Version,
                   created_utc AS CreatedUtc, updated_utc AS UpdatedUtc
            FROM commerce_carts WHERE id = @cartId;
            SELECT id AS Id, variant_id AS VariantId, sku AS Sku, quantity AS Quantity, unit_price AS UnitPrice
            FROM commerce_cart_lines WHERE cart_id = @cartId ORDER BY created_utc, id;
            """, new { cartId }, session.Transaction);
        var cart = await results.ReadSingleOrDefaultAsync<CartRow>();
        if (cart is null) return null;
        cart.Lines = (await results.ReadAsync<CartLineRow>()).ToList();
        return cart;
    }
}
