using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Workflows.Rest.Http;

/// <summary>
/// Bearer token or HTTP basic, as Camunda clients send them (OCA: BASIC or a bearer from OAuth; @camunda8/sdk also
/// a static BEARER). 401 carries WWW-Authenticate like the gateway's.
/// </summary>
internal sealed class EngineAuthFilter(IOptionsMonitor<WorkflowRestOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.CurrentValue;
        var http = context.HttpContext;
        if (settings.AllowAnonymous || Accepts(settings, http.Request.Headers.Authorization.ToString())) return await next(context);
        http.Response.Headers.WWWAuthenticate = "Bearer, Basic realm=\"workflow-engine\"";
        return CamundaProblem.Create(http, 401, "UNAUTHORIZED", "The request is not authenticated: send a bearer token or basic credentials.");
    }

    private static bool Accepts(WorkflowRestOptions settings, string header)
    {
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return settings.AcceptsBearer(header[7..].Trim());
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = pair.IndexOf(':');
            return colon > 0 && settings.AcceptsBasic(pair[..colon], pair[(colon + 1)..]);
        }
        catch (FormatException) { return false; }
    }
}
