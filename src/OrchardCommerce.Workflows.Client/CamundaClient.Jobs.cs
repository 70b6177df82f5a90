using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Json;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Workflows.Client;

public sealed partial class CamundaClient
{
    // requestTimeout 0 or absent means the gateway's long-poll default (reference §4.1).
    private static readonly TimeSpan GatewayLongPoll = TimeSpan.FromSeconds(10);

    /// <summary>
    /// POST /v2/jobs/activation: a long poll that answers with the activated jobs, or none when the request's
    /// RequestTimeout passed. The attempt timeout grows by that long-poll time.
    /// </summary>
    public async Task<IReadOnlyList<ActivatedJob>> ActivateJobsAsync(ActivateJobsRequest request, CancellationToken cancellationToken = default)
    {
        var held = request.RequestTimeout is not { } poll || poll == TimeSpan.Zero ? GatewayLongPoll : poll;
        var body = request with { TenantIds = request.TenantIds ?? [_options.TenantId] };
        var result = await SendAsync<ActivateJobsResult>(HttpMethod.Post, "jobs/activation", body, cancellationToken, held);
        return result.Jobs ?? [];
    }

    /// <summary>POST /v2/jobs/{key}/completion; 404 when another worker completed it or the instance was cancelled.</summary>
    public Task CompleteJobAsync(long jobKey, JsonObject? variables = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"jobs/{Key(jobKey)}/completion", new CompleteJobBody(variables), cancellationToken);

    /// <summary>
    /// POST /v2/jobs/{key}/failure. <paramref name="retries"/> is the new remaining count, not a decrement; 0 raises
    /// an incident with <paramref name="errorMessage"/>. Variables become local to the task.
    /// </summary>
    public Task FailJobAsync(long jobKey, int retries, string? errorMessage = null, TimeSpan? retryBackOff = null,
        JsonObject? variables = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"jobs/{Key(jobKey)}/failure", new FailJobBody(retries, errorMessage, retryBackOff, variables),
            cancellationToken);

    /// <summary>POST /v2/jobs/{key}/error: a BPMN error matched by code against catch events; uncaught → incident.</summary>
    public Task ThrowJobErrorAsync(long jobKey, string errorCode, string? errorMessage = null, JsonObject? variables = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        return SendAsync(HttpMethod.Post, $"jobs/{Key(jobKey)}/error", new ThrowErrorBody(errorCode, errorMessage, variables),
            cancellationToken);
    }

    /// <summary>PATCH /v2/jobs/{key} with a changeset: new retries and/or a new timeout counted from now.</summary>
    public Task UpdateJobAsync(long jobKey, int? retries = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (retries is null && timeout is null) throw new ArgumentException("At least one of retries and timeout is required.");
        return SendAsync(HttpMethod.Patch, $"jobs/{Key(jobKey)}", new UpdateJobBody(new JobChangeset(retries, timeout)), cancellationToken);
    }

    /// <summary>POST /v2/jobs/search.</summary>
    public Task<SearchResult<JobInfo>> SearchJobsAsync(JobFilter? filter = null, IReadOnlyList<SearchSort>? sort = null,
        SearchPage? page = null, CancellationToken cancellationToken = default) =>
        SendAsync<SearchResult<JobInfo>>(HttpMethod.Post, "jobs/search", SearchQuery.Create(filter, sort, page), cancellationToken);

    private sealed record ActivateJobsResult(IReadOnlyList<ActivatedJob>? Jobs);

    private sealed record CompleteJobBody(JsonObject? Variables);

    private sealed record FailJobBody(int Retries, string? ErrorMessage, [property: Milliseconds] TimeSpan? RetryBackOff, JsonObject? Variables);

    private sealed record ThrowErrorBody(string ErrorCode, string? ErrorMessage, JsonObject? Variables);

    private sealed record UpdateJobBody(JobChangeset Changeset);

    private sealed record JobChangeset(int? Retries, [property: Milliseconds] TimeSpan? Timeout);
}
