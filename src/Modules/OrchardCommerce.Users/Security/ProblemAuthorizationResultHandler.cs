using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Users.Security;

/// <summary>An API answers 401/403 as problem details, never with a redirect to a sign-in page.</summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }
        var permissions = string.Join(", ", policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission));
        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "Sign in first: send 'Authorization: Bearer <token>' with a token from POST /api/auth/token.").ExecuteAsync(context);
            return;
        }
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: permissions.Length > 0 ? $"Your roles on this tenant do not grant the permission {permissions}." : "Access denied.")
            .ExecuteAsync(context);
    }
}
