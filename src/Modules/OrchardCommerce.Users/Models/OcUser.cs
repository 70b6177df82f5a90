namespace OrchardCommerce.Users.Models;

/// <summary>A user of one tenant, as ASP.NET Core Identity's UserManager sees it; stored in the tenant's <c>users</c> table.</summary>
public sealed class OcUser
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string? Email { get; set; }
    public string? NormalizedEmail { get; set; }
    public bool EmailConfirmed { get; set; }
    public string? PasswordHash { get; set; }
    public string? SecurityStamp { get; set; }
    public bool LockoutEnabled { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTime CreatedUtc { get; set; }
}
