using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard.Pages;
using OrchardCommerce.Jobs.Dashboard.Rendering;
using OrchardCommerce.Jobs.Dashboard.Security;

namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>The login form (open to all) and sign-out (behind the auth filter, like every other POST).</summary>
internal static class DashboardLoginEndpoints
{
    public static void MapDashboardLogin(this RouteGroupBuilder open, RouteGroupBuilder guarded)
    {
        open.MapGet("/login", ShowLogin);
        open.MapPost("/login", LoginAsync);
        guarded.MapPost("/logout", Logout);
    }

    private static IResult ShowLogin(HttpContext context, DashboardSession session, string? returnUrl)
    {
        var urls = DashboardRequest.Urls(context);
        var target = DashboardRequest.SafeReturnUrl(returnUrl, urls);
        if (session.IsSignedIn(context)) return Results.Redirect(target);
        return new HtmlPageResult(LoginPage.Render(DashboardRequest.Page(context), target, null));
    }

    private static async Task<IResult> LoginAsync(HttpContext context, DashboardToken token, DashboardSession session, LoginThrottle throttle,
        CancellationToken ct)
    {
        if (!await DashboardAuthFilter.IsAntiforgeryValidAsync(context)) return DashboardAuthFilter.AntiforgeryProblem();
        var form = await context.Request.ReadFormAsync(ct);
        var urls = DashboardRequest.Urls(context);
        var target = DashboardRequest.SafeReturnUrl(form["returnUrl"], urls);
        var client = DashboardRequest.ClientAddress(context);

        if (throttle.LockedUntil(client) is { } until)
            return LoginError(context, target, $"Too many wrong tokens from your address; try again after {until:HH:mm:ss} UTC.",
                StatusCodes.Status429TooManyRequests);
        if (!token.Matches(form["token"]))
        {
            throttle.RecordFailure(client);
            return LoginError(context, target, "That is not the ops token.", StatusCodes.Status401Unauthorized);
        }
        throttle.RecordSuccess(client);
        session.SignIn(context, urls.Root.Length == 0 ? "/" : urls.Root);
        return Results.Redirect(target);
    }

    private static IResult Logout(HttpContext context, DashboardSession session)
    {
        var urls = DashboardRequest.Urls(context);
        session.SignOut(context, urls.Root.Length == 0 ? "/" : urls.Root);
        return Results.Redirect(urls.Login);
    }

    private static IResult LoginError(HttpContext context, string returnUrl, string error, int status) =>
        new HtmlPageResult(LoginPage.Render(DashboardRequest.Page(context), returnUrl, error), status);
}
