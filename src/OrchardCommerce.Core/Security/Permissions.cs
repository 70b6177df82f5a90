namespace OrchardCommerce.Security;

/// <summary>
/// Permission names; each is also the name of an authorization policy (registered by the Users module) that
/// requires an authenticated user of the current tenant whose roles grant it.
/// </summary>
public static class Permissions
{
    public const string ManageTenants = "ManageTenants";
    /// <summary>Lists tenants without changing them: what the daemon needs to follow every tenant.</summary>
    public const string ViewTenants = "ViewTenants";
    /// <summary>Runs the store recipe on a tenant that has no commerce yet: what the daemon does for a new tenant.</summary>
    public const string ProvisionStores = "ProvisionStores";
    public const string ManageUsers = "ManageUsers";
    public const string ImportRecipes = "ImportRecipes";
    public const string ExportRecipes = "ExportRecipes";
    public const string EditContent = "EditContent";
    public const string EditOwnContent = "EditOwnContent";
    public const string PublishContent = "PublishContent";
    public const string DeleteContent = "DeleteContent";
    public const string ViewDrafts = "ViewDrafts";
    public const string ManageCatalog = "ManageCatalog";
    public const string ManageInventory = "ManageInventory";
    public const string ManageOrders = "ManageOrders";
    public const string ViewOrders = "ViewOrders";
    public const string ReadCommerceEvents = "ReadCommerceEvents";
    public const string ReadContentEvents = "ReadContentEvents";
    /// <summary>Writes the mirrored side of commerce ↔ content sync (mirror fields, archive, resync): the daemon's work.</summary>
    public const string ManageSync = "ManageSync";
    /// <summary>Outgoing webhook subscriptions of a tenant: list, create, change, delete, rotate their secrets.</summary>
    public const string ManageWebhooks = "ManageWebhooks";
    /// <summary>Reads subscriptions with their signing secrets: the daemon's, which signs deliveries. No user role has it.</summary>
    public const string ReadWebhookSecrets = "ReadWebhookSecrets";

    public static readonly IReadOnlyList<string> All =
        [ManageTenants, ViewTenants, ProvisionStores, ManageUsers, ImportRecipes, ExportRecipes, EditContent, EditOwnContent, PublishContent, DeleteContent, ViewDrafts,
         ManageCatalog, ManageInventory, ManageOrders, ViewOrders, ReadCommerceEvents, ReadContentEvents, ManageSync, ManageWebhooks, ReadWebhookSecrets];

    /// <summary>Permissions only the service token's Daemon role holds; not even Administrator gets them.</summary>
    public static readonly IReadOnlyList<string> DaemonOnly = [ReadWebhookSecrets];
}
