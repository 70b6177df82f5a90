using OrchardCommerce.Modules;

namespace OrchardCommerce.Commerce;

internal static class Manifest
{
    public static readonly ModuleManifest Value = new(
        Id: "OrchardCommerce.Commerce",
        Name: "Commerce",
        Description: "Catalog, inventory, carts, checkout, orders and payments of a tenant's store, with an outbox change feed.",
        Dependencies: ["OrchardCommerce.Recipes"]);
}
