namespace OrchardCommerce.Commerce.Carts;

public sealed class CartLineRow
{
    public string Id { get; set; } = "";
    public string VariantId { get; set; } = "";
    public string Sku { get; set; } = "";
    public long Quantity { get; set; }
    public long UnitPrice { get; set; }
}
