using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Security;

namespace OrchardCommerce.Contents.Api;

/// <summary>Who may read unpublished versions (API, preview on the site).</summary>
internal static class ContentAccess
{
    public static async Task<bool> CanViewDraftsAsync(HttpContext http)
    {
        // Anonymous callers never see drafts; asking the policy for them would only say no more slowly.
        if (http.User.Identity?.IsAuthenticated != true) return false;
        var authorization = http.RequestServices.GetService<IAuthorizationService>();
        return authorization is not null && (await authorization.AuthorizeAsync(http.User, null, Permissions.ViewDrafts)).Succeeded;
    }
}
