using OrchardCommerce.Security;

namespace OrchardCommerce.Users.Security;

/// <summary>
/// The built-in roles and what each grants. Kept in code rather than in a table: the roles are few, and a
/// permission added to Core reaches Administrator without a migration.
/// </summary>
public static class RolePermissions
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";

    /// <summary>The sync daemon's role, granted only through the service token (never assignable to a user).</summary>
    public const string Daemon = "Daemon";

    public static readonly IReadOnlyList<string> BuiltInRoles = [Administrator, Editor, Author];

    private static readonly Dictionary<string, IReadOnlySet<string>> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        [Administrator] = Permissions.All.Except(Permissions.DaemonOnly).ToHashSet(),
        [Editor] = new HashSet<string>
        {
            Permissions.EditContent, Permissions.PublishContent, Permissions.DeleteContent,
            Permissions.ViewDrafts, Permissions.ExportRecipes,
        },
        [Author] = new HashSet<string> { Permissions.EditOwnContent, Permissions.ViewDrafts },
        [Daemon] = new HashSet<string>
        {
            Permissions.ViewTenants, Permissions.ProvisionStores, Permissions.ReadCommerceEvents, Permissions.ViewOrders, Permissions.ManageOrders,
            Permissions.ManageCatalog, Permissions.ManageInventory, Permissions.EditContent, Permissions.PublishContent,
            Permissions.ViewDrafts, Permissions.ReadContentEvents, Permissions.ManageSync, Permissions.ReadWebhookSecrets,
        },
    };

    /// <summary>The permissions a role grants; none for a role this map does not know.</summary>
    public static IReadOnlySet<string> For(string role) => Map.GetValueOrDefault(role) ?? new HashSet<string>();

    public static bool Grants(IEnumerable<string> roles, string permission) => roles.Any(role => For(role).Contains(permission));
}
