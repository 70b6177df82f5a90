using OrchardCommerce.Modules;

namespace OrchardCommerce.Sync;

internal static class Manifest
{
    public static readonly ModuleManifest Value = new(
        Id: "OrchardCommerce.Sync",
        Name: "Sync",
        Description: "Links commerce products to their ProductContent items and mirrors commerce-owned fields into them, for the daemon's sync.",
        Dependencies: ["OrchardCommerce.Contents", "OrchardCommerce.Commerce"]);
}
