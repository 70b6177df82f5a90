using OrchardCommerce.Modules;

namespace OrchardCommerce.Users;

internal static class Manifest
{
    public static readonly ModuleManifest Value = new(
        Id: "OrchardCommerce.Users",
        Name: "Users",
        Description: "Per-tenant users, roles and API tokens on ASP.NET Core Identity.",
        Dependencies: ["OrchardCommerce.Recipes"],
        Aliases: ["OrchardCore.Users", "OrchardCore.Roles"],
        AlwaysEnabled: true);
}
