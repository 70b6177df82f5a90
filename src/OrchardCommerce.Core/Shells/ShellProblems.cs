using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Shells;

internal static class ShellProblems
{
    // Deliberately says nothing about which tenants exist.
    public static Task WriteUnknownTenantAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return context.Response.WriteAsJsonAsync(new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            title = "Not Found",
            status = 404,
            detail = "No site answers at this address.",
        }, options: null, contentType: "application/problem+json");
    }
}
