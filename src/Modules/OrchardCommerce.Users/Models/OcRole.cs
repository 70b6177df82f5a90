namespace OrchardCommerce.Users.Models;

/// <summary>A role of one tenant; what it may do comes from <see cref="Security.RolePermissions"/>.</summary>
public sealed class OcRole
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
}
