using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.Security;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// Decides once per request whether the caller sees drafts: the host's authentication (API bearer token or the tenant's
/// cookie) has already set HttpContext.User; a user granted ViewDrafts on this tenant sees drafts, everyone else
/// (anonymous, a bad token, a user without the permission) sees published data only — never a 401 for reading.
/// </summary>
internal static class DraftAccess
{
    public static async ValueTask<StorefrontCaller> GetCallerAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return StorefrontCaller.Anonymous;
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(user, Permissions.ViewDrafts);
        return new StorefrontCaller(user, result.Succeeded);
    }
}
