namespace OrchardCommerce.Users.Security;

/// <summary>Authentication scheme and claim names of the Users module.</summary>
public static class UserSchemes
{
    /// <summary>The default: forwards to <see cref="ApiToken"/> for "Bearer" requests, else to <see cref="Cookie"/>.</summary>
    public const string Default = "OrchardCommerce";
    public const string ApiToken = "ApiToken";
    public const string Cookie = "OcCookie";
    /// <summary>The tenant a principal was signed in to; authorization refuses it anywhere else.</summary>
    public const string TenantClaim = "tenant";
}
