namespace OrchardCommerce.Commerce.Carts;

/// <summary>
/// The default calculators' settings, bound from the "Commerce" section: "Commerce:TaxRate" = 0.2 and
/// "Commerce:Shipping:EUR:Flat" = 495, "Commerce:Shipping:EUR:FreeOver" = 5000 (minor units).
/// </summary>
public sealed class PricingOptions
{
    public const string Section = "Commerce";

    /// <summary>A fraction of the subtotal (0.2 = 20 %); none by default.</summary>
    public decimal TaxRate { get; set; }
    /// <summary>Flat shipping per currency; a currency without an entry ships free.</summary>
    public Dictionary<string, ShippingRate> Shipping { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class ShippingRate
{
    public long Flat { get; set; }
    /// <summary>Subtotals at or above this ship free; null: never free.</summary>
    public long? FreeOver { get; set; }
}
