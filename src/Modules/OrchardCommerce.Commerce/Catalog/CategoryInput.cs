namespace OrchardCommerce.Commerce.Catalog;

/// <param name="Parent">The parent category's handle; null for a root category.</param>
public sealed record CategoryInput(string Handle, string Title, string? Parent, int Position);
