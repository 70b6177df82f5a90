using OrchardCommerce.Modules;

namespace OrchardCommerce.Contents;

internal static class Manifest
{
    public static readonly ModuleManifest Value = new(
        Id: "OrchardCommerce.Contents",
        Name: "Contents",
        Description: "Content types, parts, fields and versioned content items; the read API.",
        Dependencies: ["OrchardCommerce.Recipes"],
        Aliases: ["OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.ContentFields", "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Html", "OrchardCore.Markdown", "OrchardCore.Alias"],
        AlwaysEnabled: false);
}
