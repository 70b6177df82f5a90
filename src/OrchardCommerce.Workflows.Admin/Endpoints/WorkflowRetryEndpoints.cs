using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard.Rendering;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Workflows.Admin.Services;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Endpoints;

/// <summary>
/// Retry, as a form button (post-redirect-get with a flash) and as the JSON POST of the diagram's Retry button. The
/// dashboard's filter has checked sign-in and the antiforgery token (form field or header) already.
/// </summary>
internal static class WorkflowRetryEndpoints
{
    public static void MapWorkflowRetry(this RouteGroupBuilder guarded)
    {
        guarded.MapPost($"/{WorkflowUrls.Segment}/incidents/{{key:long}}/retry", RetryFormAsync);
        guarded.MapPost($"/{WorkflowUrls.Segment}/instances/{{key:long}}/retry", RetryJsonAsync);
    }

    private static async Task<IResult> RetryFormAsync(HttpContext context, CamundaClient camunda, ILoggerFactory loggers, long key, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        long? instance = long.TryParse(form["instance"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var back) ? back : null;
        var outcome = await Retry(camunda, loggers).RetryAsync(key, instance, Client(context), ct);
        var urls = new WorkflowUrls(DashboardPage.For(context).Urls);
        var target = instance is { } k ? urls.Instance(k) : urls.List();
        return Results.Redirect($"{target}?done={WorkflowFlash.Code(outcome.Result)}&incident={key.ToString(CultureInfo.InvariantCulture)}");
    }

    private static async Task<IResult> RetryJsonAsync(HttpContext context, CamundaClient camunda, ILoggerFactory loggers, long key, CancellationToken ct)
    {
        if (await IncidentKeyAsync(context.Request, ct) is not { } incidentKey)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["incidentKey"] = ["Send {\"incidentKey\": \"<key>\"}: the incident to retry."] });
        var outcome = await Retry(camunda, loggers).RetryAsync(incidentKey, key, Client(context), ct);
        return outcome.Result switch
        {
            RetryResult.Resolved => Results.NoContent(),
            RetryResult.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"Instance {key} has no incident {incidentKey}."),
            RetryResult.AlreadyResolved => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already resolved",
                detail: $"Incident {incidentKey} was already resolved."),
            _ => Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The workflow engine refused", detail: outcome.Detail),
        };
    }

    /// <summary>The key as the script sends it (a decimal string), or as a number; null when missing or malformed.</summary>
    private static async Task<long?> IncidentKeyAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            if (await JsonNode.ParseAsync(request.Body, cancellationToken: ct) is not JsonObject body) return null;
            var node = body["incidentKey"];
            if (node is JsonValue value && value.TryGetValue(out long number)) return number;
            return node is JsonValue text && text.TryGetValue(out string? s)
                && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IncidentRetry Retry(CamundaClient camunda, ILoggerFactory loggers) => new(camunda, loggers.CreateLogger<IncidentRetry>());

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
