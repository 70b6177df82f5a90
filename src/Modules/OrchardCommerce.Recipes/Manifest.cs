using OrchardCommerce.Modules;

namespace OrchardCommerce.Recipes;

internal static class Manifest
{
    public static readonly ModuleManifest Value = new(
        Id: "OrchardCommerce.Recipes",
        Name: "Recipes",
        Description: "Reads, runs and exports Orchard Core recipes.",
        Aliases: ["OrchardCore.Recipes", "OrchardCore.Recipes.Core", "OrchardCore.Deployment", "OrchardCore.Settings"],
        AlwaysEnabled: true);
}
