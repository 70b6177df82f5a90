using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;
using OrchardCommerce.Workflows.Rest.Search;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>/v2/jobs: long-poll activation, complete, fail, throw error, update, search.</summary>
internal static class JobEndpoints
{
    public static void Map(RouteGroupBuilder v2)
    {
        v2.MapPost("/jobs/activation", ActivateAsync);
        v2.MapPost("/jobs/{key}/completion", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
            var variables = body.Object("variables");
            body.ThrowIfInvalid();
            await engine.CompleteJobAsync(PathKey.Parse(key, "jobKey"), variables, http.RequestAborted);
            return Results.NoContent();
        });
        v2.MapPost("/jobs/{key}/failure", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
            var retries = body.Int("retries") ?? 0;
            var message = body.String("errorMessage");
            var backOff = body.Long("retryBackOff") ?? 0;
            var variables = body.Object("variables");
            body.Require(backOff >= 0, $"The value for retryBackOff is '{backOff}' but must be 0 or greater.");
            body.ThrowIfInvalid();
            await engine.FailJobAsync(PathKey.Parse(key, "jobKey"), retries, message, TimeSpan.FromMilliseconds(backOff), variables, http.RequestAborted);
            return Results.NoContent();
        });
        v2.MapPost("/jobs/{key}/error", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
            var code = body.RequiredString("errorCode");
            var message = body.String("errorMessage");
            var variables = body.Object("variables");
            body.ThrowIfInvalid();
            await engine.ThrowJobErrorAsync(PathKey.Parse(key, "jobKey"), code, message, variables, http.RequestAborted);
            return Results.NoContent();
        });
        v2.MapPatch("/jobs/{key}", UpdateAsync);
        v2.MapSearch("/jobs/search", async (engine, f, ct) => (await engine.SearchJobsAsync(new JobQuery
        {
            JobKey = Pushdown.Key(f, "jobKey"), ProcessInstanceKey = Pushdown.Key(f, "processInstanceKey"),
            Type = Pushdown.String(f, "type"), State = Pushdown.String(f, "state"), Limit = Pushdown.All,
        }, ct)).Items, ViewJson.Job);
    }

    private static async Task<IResult> ActivateAsync(HttpContext http, WorkflowEngine engine)
    {
        var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
        var type = body.RequiredString("type");
        var timeout = body.Long("timeout");
        var max = body.Int("maxJobsToActivate");
        body.Require(timeout is not null, "No timeout provided.");
        body.Require(timeout is null or > 0, $"The value for timeout is '{timeout}' but must be greater than 0.");
        body.Require(max is not null, "No maxJobsToActivate provided.");
        body.Require(max is null or > 0, $"The value for maxJobsToActivate is '{max}' but must be greater than 0.");
        var fetch = body.Strings("fetchVariable");
        var requestTimeout = body.Long("requestTimeout") ?? 0;
        var worker = body.String("worker") ?? "";
        RestJson.CheckTenants(body.Strings("tenantIds"), "Activate Jobs");
        body.ThrowIfInvalid();

        // A long poll ends when the host starts stopping: Kestrel waits for open requests before the engine stops.
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        IReadOnlyList<ActivatedJob> jobs;
        try
        {
            jobs = await engine.ActivateJobsAsync(new ActivateJobsRequest
            {
                Type = type, Worker = worker, Timeout = TimeSpan.FromMilliseconds(timeout!.Value), MaxJobs = max!.Value,
                FetchVariables = fetch,
                RequestTimeout = requestTimeout switch { 0 => null, < 0 => TimeSpan.FromMilliseconds(-1), _ => TimeSpan.FromMilliseconds(requestTimeout) },
            }, poll.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            jobs = [];
        }
        return Results.Json(new JsonObject { ["jobs"] = new JsonArray([.. jobs.Select(ViewJson.ActivatedJob)]) });
    }

    private static async Task<IResult> UpdateAsync(string key, HttpContext http, WorkflowEngine engine)
    {
        var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
        var changeset = body.Object("changeset");
        body.Require(changeset is not null, "No changeset provided.");
        body.ThrowIfInvalid();
        var change = new RestBody(changeset!);
        var retries = change.Int("retries");
        var timeout = change.Long("timeout");
        change.Require(retries is not null || timeout is not null, "At least one field between retries, timeout is required.");
        change.Require(retries is null or > 0, $"The value for retries is '{retries}' but must be greater than 0.");
        change.Require(timeout is null or > 0, $"The value for timeout is '{timeout}' but must be greater than 0.");
        change.ThrowIfInvalid();
        await engine.UpdateJobAsync(PathKey.Parse(key, "jobKey"), retries, timeout is { } ms ? TimeSpan.FromMilliseconds(ms) : null, http.RequestAborted);
        return Results.NoContent();
    }
}
