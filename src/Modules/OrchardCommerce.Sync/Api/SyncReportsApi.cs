using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrchardCommerce.Sync.Reconciliation;

namespace OrchardCommerce.Sync.Api;

/// <summary>Reconciliation reports: the daemon posts what a run found; the sync view and ops read them back.</summary>
internal static class SyncReportsApi
{
    public static async Task<IResult> AddAsync(HttpRequest request, [FromServices] ReconciliationStore store, CancellationToken cancellationToken)
    {
        JsonObject? body;
        try { body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject; }
        catch (System.Text.Json.JsonException) { body = null; }
        var errors = new Dictionary<string, string[]>();
        if (body is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body must be a JSON object."] });
        var started = Time(body, "startedUtc", errors);
        var finished = Time(body, "finishedUtc", errors);
        if (body["trigger"] is not JsonValue trigger || !trigger.TryGetValue<string>(out var name) || name.Length is 0 or > 100)
        {
            errors["trigger"] = ["trigger must be a name of 1 to 100 characters."];
            name = "";
        }
        if (body["checked"] is not JsonValue count || !count.TryGetValue<long>(out var @checked) || @checked < 0)
        {
            errors["checked"] = ["checked must be a whole number of at least 0."];
            @checked = 0;
        }
        if (body["drift"] is not JsonArray drift) { errors["drift"] = ["drift must be a list."]; drift = []; }
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        var id = await store.AddAsync(started, finished, name, @checked, (JsonArray)drift.DeepClone(), cancellationToken);
        return Results.Created($"{request.PathBase}/api/sync/reconciliations/{id}", new { id });
    }

    public static async Task<IResult> ListAsync(int? limit, [FromServices] ReconciliationStore store, CancellationToken cancellationToken) =>
        limit is < 1 or > 100
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be from 1 to 100."] })
            : Results.Ok(new { items = await store.ListAsync(limit ?? 20, cancellationToken) });

    private static DateTime Time(JsonObject body, string field, Dictionary<string, string[]> errors)
    {
        if (body[field] is JsonValue value && value.TryGetValue<DateTime>(out var time)) return time.ToUniversalTime();
        errors[field] = [$"{field} must be an ISO 8601 time."];
        return default;
    }
}
