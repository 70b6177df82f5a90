namespace OrchardCommerce.Users.Services;

/// <summary>A token just created: <paramref name="Token"/> is shown once and never stored, only its hash.</summary>
public sealed record IssuedApiToken(long Id, string Token, DateTime ExpiresUtc);
