using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OrchardCommerce.Shells;
using OrchardCommerce.Users.Models;

namespace OrchardCommerce.Users.Security;

/// <summary>Builds the principal of a tenant's user: id, name, e-mail, roles and the tenant claim.</summary>
public sealed class TenantPrincipalFactory(UserManager<OcUser> users, ShellSettings tenant)
{
    public async Task<ClaimsPrincipal> CreateAsync(OcUser user, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(UserSchemes.TenantClaim, tenant.Name),
        };
        if (user.Email is not null) claims.Add(new Claim(ClaimTypes.Email, user.Email));
        foreach (var role in await users.GetRolesAsync(user)) claims.Add(new Claim(ClaimTypes.Role, role));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
