using OrchardCommerce.Modules;

namespace OrchardCommerce.Media;

internal static class Manifest
{
    public static readonly ModuleManifest Value = new(
        Id: "OrchardCommerce.Media",
        Name: "Media",
        Description: "Images and documents stored in the tenant database, served at /media/{path}; the media recipe step.",
        Dependencies: ["OrchardCommerce.Recipes"],
        Aliases: ["OrchardCore.Media"]);
}
