namespace OrchardCommerce.Commerce.Catalog;

/// <summary>An option a product varies by ("Size") and the values its variants may take, in display order.</summary>
public sealed record ProductOption(string Name, IReadOnlyList<string> Values);
