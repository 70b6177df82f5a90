using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>
/// 303 See Other: after a button's POST the browser GETs the page back, whatever the method was (Results.Redirect
/// answers 302, which the HTTP spec leaves open).
/// </summary>
internal sealed class SeeOtherResult(string location) : IResult
{
    public string Location { get; } = location;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = Location;
        return Task.CompletedTask;
    }
}
