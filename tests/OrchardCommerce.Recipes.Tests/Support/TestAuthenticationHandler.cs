using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>Signs a request in with the permissions listed in its X-Test-Permissions header (none: anonymous).</summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-Permissions";
    public const string PermissionClaim = "permission";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var header)) return Task.FromResult(AuthenticateResult.NoResult());
        var claims = header.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => new Claim(PermissionClaim, p.Trim()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims.Append(new Claim(ClaimTypes.Name, "tester")), SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
