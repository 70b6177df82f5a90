namespace OrchardCommerce.Users.Api;

/// <param name="Name">What the token is for ("ci", "storefront"), shown in token lists.</param>
public sealed record TokenRequest(string? UserName, string? Password, string? Name);
