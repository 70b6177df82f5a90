using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Users.Security;

/// <summary>
/// Grants a permission when the user was signed in to the current tenant and one of their roles grants it. The
/// tenant check is what stops a principal of one tenant from acting on another, whatever its roles say.
/// </summary>
internal sealed class PermissionAuthorizationHandler(IHttpContextAccessor accessor) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var tenant = (context.Resource as HttpContext ?? accessor.HttpContext)?.Features.Get<ShellContext>()?.Settings.Name;
        var user = context.User;
        if (tenant is not null
            && user.Identity?.IsAuthenticated == true
            && string.Equals(user.FindFirst(UserSchemes.TenantClaim)?.Value, tenant, StringComparison.OrdinalIgnoreCase)
            && RolePermissions.Grants(user.FindAll(user.Identities.First().RoleClaimType).Select(c => c.Value), requirement.Permission))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
