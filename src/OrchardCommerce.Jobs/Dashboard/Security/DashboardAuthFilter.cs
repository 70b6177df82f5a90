using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrchardCommerce.Jobs.Dashboard.Endpoints;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Security;

/// <summary>
/// Guards every dashboard endpoint but the login form: a valid <c>Authorization: Bearer</c> ops token or sign-in
/// cookie, and on POST a valid antiforgery token (form field or header; 400 without), checked after sign-in so
/// strangers learn nothing.
/// </summary>
internal sealed class DashboardAuthFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var services = context.RequestServices;
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var throttle = services.GetRequiredService<LoginThrottle>();
            var client = DashboardRequest.ClientAddress(context);
            if (throttle.LockedUntil(client) is { } until)
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Locked out",
                    detail: $"Too many wrong tokens from this address; try again after {until:u}.");
            if (!services.GetRequiredService<DashboardToken>().Matches(authorization["Bearer ".Length..]))
            {
                throttle.RecordFailure(client);
                return Unauthorized(context, "The ops token is wrong.");
            }
        }
        else if (!services.GetRequiredService<DashboardSession>().IsSignedIn(context))
        {
            if (DashboardRequest.WantsHtml(context.Request))
            {
                var urls = DashboardRequest.Urls(context);
                var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                return Results.Redirect($"{urls.Login}?returnUrl={Uri.EscapeDataString(back)}");
            }
            return Unauthorized(context, "Sign in at the login form or send Authorization: Bearer <ops token>.");
        }

        if (HttpMethods.IsPost(context.Request.Method) && !await IsAntiforgeryValidAsync(context))
            return AntiforgeryProblem();
        return await next(invocation);
    }

    /// <summary>A form field, or for a script's JSON POST the <see cref="DashboardPage.AntiforgeryHeaderName"/> header.</summary>
    public static async Task<bool> IsAntiforgeryValidAsync(HttpContext context)
    {
        var request = context.Request;
        var header = request.Headers[DashboardPage.AntiforgeryHeaderName];
        if (header.Count > 0)
        {
            // The antiforgery service reads its one configured header; a host may have chosen another name, and the
            // dashboard must not change the host-wide options, so the token is handed over under that name.
            var headerName = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName;
            if (string.IsNullOrEmpty(headerName)) return false;
            request.Headers[headerName] = header;
        }
        else if (!request.HasFormContentType) return false;
        return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }

    public static IResult AntiforgeryProblem() =>
        Results.ValidationProblem(new Dictionary<string, string[]>
        {
            ["__RequestVerificationToken"] = ["The antiforgery token (form field, or X-CSRF-TOKEN header for a script) is missing or invalid; reload the page and try again."],
        });

    private static IResult Unauthorized(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"jobs-dashboard\"";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail);
    }
}
