namespace OrchardCommerce.Users.Services;

/// <summary>What is kept of an API token: never the token itself.</summary>
public sealed record ApiTokenInfo(long Id, long UserId, string Name, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? LastUsedUtc);
