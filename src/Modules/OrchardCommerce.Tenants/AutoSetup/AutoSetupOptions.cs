namespace OrchardCommerce.Tenants.AutoSetup;

/// <summary>First-start setup of the Default tenant ("OrchardCommerce:AutoSetup"), so one command gives a working site.</summary>
public sealed class AutoSetupOptions
{
    public const string Section = "OrchardCommerce:AutoSetup";

    public bool Enabled { get; set; } = true;
    public string Recipe { get; set; } = "default";
    public string AdminUserName { get; set; } = "admin";
    public string AdminEmail { get; set; } = "admin@localhost";
    /// <summary>Null: generated and logged once. Set: used for the Default tenant and the tenants its recipe declares.</summary>
    public string? AdminPassword { get; set; }
}
