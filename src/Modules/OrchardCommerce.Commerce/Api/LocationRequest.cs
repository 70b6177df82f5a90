namespace OrchardCommerce.Commerce.Api;

/// <summary>POST /api/commerce/locations.</summary>
public sealed record LocationRequest(string? Handle, string? Name);
