namespace OrchardCommerce.Commerce.Carts;

/// <summary>A cart as stored, with its lines.</summary>
public sealed class CartRow
{
    public string Id { get; set; } = "";
    public string Currency { get; set; } = "";
    public string? Email { get; set; }
    public string Status { get; set; } = "";
    public string? OrderId { get; set; }
    public long Version { get; set; }
    public DateTime CreatedUtc { get => field; set => field = DateTime.SpecifyKind(value, DateTimeKind.Utc); }
    public DateTime UpdatedUtc { get => field; set => field = DateTime.SpecifyKind(value, DateTimeKind.Utc); }
    public List<CartLineRow> Lines { get; set; } = [];
}
