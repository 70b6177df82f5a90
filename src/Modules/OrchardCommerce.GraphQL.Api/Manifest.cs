using OrchardCommerce.Modules;

namespace OrchardCommerce.GraphQL.Api;

/// <remarks>
/// Commerce is not a dependency: a content-only tenant gets the content half of the schema, and the commerce half
/// appears on tenants that also enable OrchardCommerce.Commerce (<see cref="Data.StorefrontFeatures"/>).
/// </remarks>
internal static class Manifest
{
    public const string FeatureId = "OrchardCommerce.GraphQL.Api";

    public static readonly ModuleManifest Value = new(
        Id: FeatureId,
        Name: "GraphQL",
        Description: "The tenant's storefront GraphQL endpoint: content types, and the catalog, cart and orders when Commerce is enabled.",
        Dependencies: ["OrchardCommerce.Contents"],
        Aliases: ["OrchardCore.Apis.GraphQL"]);
}
