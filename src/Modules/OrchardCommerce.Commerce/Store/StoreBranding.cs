namespace OrchardCommerce.Commerce.Store;

/// <summary>
/// The store's branding as storefronts and e-mails use it. Content owns it (the tenant's Branding item); the sync copies
/// it here with the item's feed version, and an older version than <see cref="Version"/> is dropped.
/// </summary>
public sealed record StoreBranding(string? SiteName, string? Tagline, string? PrimaryColor, string? SecondaryColor, string? AccentColor,
    string? Logo, long Version);
