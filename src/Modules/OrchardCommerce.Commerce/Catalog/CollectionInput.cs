namespace OrchardCommerce.Commerce.Catalog;

public sealed record CollectionInput(string Handle, string Title);
