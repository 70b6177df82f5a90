namespace OrchardCommerce.Workflows.Client;

public sealed partial class CamundaClient
{
    /// <summary>
    /// POST /v2/process-instances. With AwaitCompletion the call waits for the instance to finish: the attempt
    /// timeout then grows by the request's RequestTimeout (the cluster's 15 s default when absent).
    /// </summary>
    public Task<CreateProcessInstanceResult> CreateProcessInstanceAsync(CreateProcessInstanceRequest request,
        CancellationToken cancellationToken = default)
    {
        if ((request.ProcessDefinitionId is null) == (request.ProcessDefinitionKey is null))
            throw new ArgumentException("Exactly one of ProcessDefinitionId and ProcessDefinitionKey is required.", nameof(request));
        TimeSpan? held = request.AwaitCompletion == true ? request.RequestTimeout ?? AwaitCompletionDefault : null;
        return SendAsync<CreateProcessInstanceResult>(HttpMethod.Post, "process-instances",
            request with { TenantId = request.TenantId ?? _options.TenantId }, cancellationToken, held);
    }

    // Gateway→broker request timeout, used for awaitCompletion when no requestTimeout is given (reference §4.4).
    private static readonly TimeSpan AwaitCompletionDefault = TimeSpan.FromSeconds(15);

    /// <summary>POST /v2/process-instances/{key}/cancellation; 404 when unknown or already finished.</summary>
    public Task CancelProcessInstanceAsync(long processInstanceKey, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"process-instances/{Key(processInstanceKey)}/cancellation", null, cancellationToken);

    /// <summary>GET /v2/process-instances/{key} (eventually consistent: a fresh instance may still be 404).</summary>
    public Task<ProcessInstance> GetProcessInstanceAsync(long processInstanceKey, CancellationToken cancellationToken = default) =>
        SendAsync<ProcessInstance>(HttpMethod.Get, $"process-instances/{Key(processInstanceKey)}", null, cancellationToken);

    /// <summary>POST /v2/process-instances/search.</summary>
    public Task<SearchResult<ProcessInstance>> SearchProcessInstancesAsync(ProcessInstanceFilter? filter = null,
        IReadOnlyList<SearchSort>? sort = null, SearchPage? page = null, CancellationToken cancellationToken = default) =>
        SendAsync<SearchResult<ProcessInstance>>(HttpMethod.Post, "process-instances/search",
            SearchQuery.Create(filter, sort, page), cancellationToken);
}
