using OrchardCommerce.Users.Models;

namespace OrchardCommerce.Users.Services;

/// <summary>A <c>users</c> row as the providers return it: SQLite gives dates back as text without a kind.</summary>
internal sealed class UserRow
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
    public DateTime? LockoutEndUtc { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTime CreatedUtc { get; set; }

    public static UserRow From(OcUser user) => new()
    {
        Id = user.Id, UserName = user.UserName, NormalizedUserName = user.NormalizedUserName,
        Email = user.Email, NormalizedEmail = user.NormalizedEmail, EmailConfirmed = user.EmailConfirmed,
        PasswordHash = user.PasswordHash, SecurityStamp = user.SecurityStamp, LockoutEnabled = user.LockoutEnabled,
        LockoutEndUtc = user.LockoutEnd?.UtcDateTime, AccessFailedCount = user.AccessFailedCount,
        CreatedUtc = DateTime.SpecifyKind(user.CreatedUtc, DateTimeKind.Utc),
    };

    public OcUser ToUser() => new()
    {
        Id = Id, UserName = UserName, NormalizedUserName = NormalizedUserName, Email = Email,
        NormalizedEmail = NormalizedEmail, EmailConfirmed = EmailConfirmed, PasswordHash = PasswordHash,
        SecurityStamp = SecurityStamp, LockoutEnabled = LockoutEnabled,
        LockoutEnd = LockoutEndUtc is { } end ? new DateTimeOffset(DateTime.SpecifyKind(end, DateTimeKind.Utc)) : null,
        AccessFailedCount = AccessFailedCount, CreatedUtc = DateTime.SpecifyKind(CreatedUtc, DateTimeKind.Utc),
    };
}
