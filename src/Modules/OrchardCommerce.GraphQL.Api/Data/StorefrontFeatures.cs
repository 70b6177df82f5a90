using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;

namespace OrchardCommerce.GraphQL.Api.Data;

/// <summary>
/// Which halves of the storefront a tenant has. Asked of the built container rather than decided while services are
/// registered, because a tenant's modules register in the order of its feature list, so Commerce may come after us.
/// </summary>
public sealed class StorefrontFeatures(IServiceProviderIsService services)
{
    public const string CommerceFeatureId = "OrchardCommerce.Commerce";

    /// <summary>
    /// True when the tenant has the Commerce feature: only then may the catalog readers
    /// (<see cref="Catalog.StorefrontProductReader"/>, <see cref="Catalog.CategoryReader"/>) be resolved.
    /// </summary>
    public bool HasCommerce { get; } = services.IsService(typeof(StoreCatalogReader));
}
