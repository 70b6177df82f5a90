namespace OrchardCommerce.Users.Models;

/// <summary>A user of one tenant, as ASP.NET Core Identity's UserManager sees it; stored in the tenant's <c>users</c> table.</summary>
public sealed class OcUser
{
    private DateTime _createdUtc;
    private DateTime? _lockoutEndUtc;

    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string? Email { get; set; }
    public string? NormalizedEmail { get; set; }
    public bool EmailConfirmed { get; set; }
    public string? PasswordHash { get; set; }
    public string? SecurityStamp { get; set; }
    public bool LockoutEnabled { get; set; }
    public int AccessFailedCount { get; set; }

    // SQLite gives stored dates back without a kind; every date here is UTC, so the setters say so.
    public DateTime CreatedUtc
    {
        get => _createdUtc;
        set => _createdUtc = DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    /// <summary>The stored column; Identity reads and writes it through <see cref="LockoutEnd"/>.</summary>
    public DateTime? LockoutEndUtc
    {
        get => _lockoutEndUtc;
        set => _lockoutEndUtc = value is { } end ? DateTime.SpecifyKind(end, DateTimeKind.Utc) : null;
    }

    public DateTimeOffset? LockoutEnd
    {
        get => LockoutEndUtc is { } end ? new DateTimeOffset(end) : null;
        set => LockoutEndUtc = value?.UtcDateTime;
    }
}
