using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.GraphQL.Api.Data.Catalog;

/// <summary>
/// A product as the storefront shows it: commerce's side (variants, prices per currency, stock available to sell) and
/// its marketing content (description, SEO, media), the ProductContent item matched by <see cref="ProductContentReader"/>.
/// </summary>
/// <param name="Content">Null when no ProductContent item matches, or none in the requested version.</param>
public sealed record StorefrontProduct(StoreProduct Product, ContentItem? Content);
