using OrchardCommerce.Modules;

namespace OrchardCommerce.Tenants;

internal static class Manifest
{
    public static readonly ModuleManifest Value = new(
        Id: "OrchardCommerce.Tenants",
        Name: "Tenants",
        Description: "The tenant registry's management API and tenant setup from recipes.",
        Dependencies: ["OrchardCommerce.Recipes", "OrchardCommerce.Users"],
        Aliases: ["OrchardCore.Tenants", "OrchardCore.Setup"],
        AlwaysEnabled: true);
}
