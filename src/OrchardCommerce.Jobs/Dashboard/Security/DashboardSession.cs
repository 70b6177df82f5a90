using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Jobs.Dashboard.Security;

/// <summary>
/// The browser sign-in: a data-protected, time-limited, HttpOnly, SameSite=Strict cookie scoped to the dashboard's
/// path. Our own cookie rather than an authentication scheme: in Cms.Web a request's services are the tenant's
/// first, and the dashboard must not depend on which tenant's authentication setup answers.
/// </summary>
internal sealed class DashboardSession(IDataProtectionProvider dataProtection, DashboardToken token, TimeProvider time)
{
    public const string CookieName = "JobsDashboard";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("OrchardCommerce.Jobs.Dashboard.Session").ToTimeLimitedDataProtector();

    public void SignIn(HttpContext context, string cookiePath)
    {
        var value = _protector.Protect(token.Fingerprint, time.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(CookieName, value, Options(context, cookiePath));
    }

    public void SignOut(HttpContext context, string cookiePath) =>
        context.Response.Cookies.Delete(CookieName, Options(context, cookiePath));

    public bool IsSignedIn(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return false;
        try
        {
            return _protector.Unprotect(value, out _) == token.Fingerprint;
        }
        catch (CryptographicException)
        {
            return false; // expired, tampered with, or made with another key ring
        }
    }

    private static CookieOptions Options(HttpContext context, string cookiePath) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = cookiePath,
        IsEssential = true,
        MaxAge = Lifetime,
    };
}
