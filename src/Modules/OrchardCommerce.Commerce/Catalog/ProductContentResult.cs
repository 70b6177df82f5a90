namespace OrchardCommerce.Commerce.Catalog;

/// <summary>The answer to applying content fields: whether the version was taken, and the product as it now is.</summary>
/// <param name="Applied">False when the content version was older, or the same with the same fields: nothing was written.</param>
public sealed record ProductContentResult(bool Applied, Product Product);
