using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Users.Security;

/// <summary>
/// One cookie per tenant (".oc.&lt;tenant&gt;", scoped to the tenant's path base), although the cookie scheme is
/// registered once on the host: tenants sharing a host name by prefix never see each other's cookie.
/// </summary>
internal sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, NameFor(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, NameFor(context, key), value, Scoped(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, NameFor(context, key), Scoped(context, options));

    private static string NameFor(HttpContext context, string key) =>
        context.Features.Get<ShellContext>() is { } shell ? ".oc." + shell.Settings.Name.ToLowerInvariant() : key;

    private static CookieOptions Scoped(HttpContext context, CookieOptions options) =>
        new(options) { Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/" };
}
