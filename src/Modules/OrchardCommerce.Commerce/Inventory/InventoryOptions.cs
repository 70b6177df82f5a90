namespace OrchardCommerce.Commerce.Inventory;

/// <summary>Stock settings, bound from the "Commerce" configuration section.</summary>
public sealed class InventoryOptions
{
    public const string Section = "Commerce";

    /// <summary>How long checkout's reservations hold stock before another checkout may take it back.</summary>
    public int ReservationMinutes { get; set; } = 30;
}
