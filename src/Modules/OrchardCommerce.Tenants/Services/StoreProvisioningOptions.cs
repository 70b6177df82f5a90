namespace OrchardCommerce.Tenants.Services;

/// <summary>"OrchardCommerce:Stores": what a new tenant's store is made from.</summary>
public sealed class StoreProvisioningOptions
{
    public const string Section = "OrchardCommerce:Stores";

    /// <summary>The recipe (from the recipes folder) that gives a tenant without commerce its store; empty turns provisioning off.</summary>
    public string Recipe { get; set; } = "commerce-store";
}
