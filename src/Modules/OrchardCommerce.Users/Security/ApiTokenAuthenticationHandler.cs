using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Security;
using OrchardCommerce.Shells;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Users.Security;

/// <summary>
/// "Authorization: Bearer oc_…" checked against the current tenant's api_tokens, or the daemon's service token. The
/// scheme is the host's, but the services come from the request's (tenant) scope, so a token of another tenant is
/// simply unknown here.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptionsMonitor<ServiceTokenOptions> serviceToken)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var presented = header["Bearer ".Length..].Trim();
        var shell = Context.Features.Get<ShellContext>();
        if (shell is not null && serviceToken.CurrentValue.Matches(presented))
            return AuthenticateResult.Success(new AuthenticationTicket(DaemonPrincipal(shell.Settings.Name), Scheme.Name));
        var tokens = Context.RequestServices.GetService<ApiTokenService>();
        // A request outside any tenant, or in a shell without the Users module, has no tokens to check.
        if (tokens is null) return AuthenticateResult.NoResult();
        var user = await tokens.ValidateAsync(presented, Context.RequestAborted);
        if (user is null) return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        var principal = await Context.RequestServices.GetRequiredService<TenantPrincipalFactory>().CreateAsync(user, Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    // The daemon is the same principal in every tenant, signed in to the one the request is for.
    private ClaimsPrincipal DaemonPrincipal(string tenant) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "daemon"), new Claim(UserSchemes.TenantClaim, tenant), new Claim(ClaimTypes.Role, RolePermissions.Daemon)],
        Scheme.Name, ClaimTypes.Name, ClaimTypes.Role));
}
