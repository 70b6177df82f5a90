using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Engine;

/// <summary>The commands (reference §2): each is acknowledged once its changes are committed.</summary>
public sealed partial class WorkflowEngine
{
    public Task<DeploymentResult> DeployAsync(IReadOnlyList<DeploymentResource> resources, CancellationToken cancellationToken = default) =>
        SubmitAsync<DeploymentResult>(core => core.Deploy(resources), cancellationToken);

    /// <summary>Creates an instance; with AwaitCompletion, waits for it to complete (DEADLINE_EXCEEDED after RequestTimeout).</summary>
    public async Task<CreatedInstance> CreateInstanceAsync(CreateInstanceRequest request, CancellationToken cancellationToken = default)
    {
        if ((request.BpmnProcessId is null) == (request.ProcessDefinitionKey is null))
        {
            throw new WorkflowRejection(RejectionKind.InvalidArgument, request.BpmnProcessId is null
                ? "At least one of [processDefinitionId, processDefinitionKey] is required."
                : "Only one of [processDefinitionId, processDefinitionKey] is allowed.");
        }

        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        var created = await SubmitAsync<CreatedInstance>(core =>
        {
            var result = core.CreateInstance(request);
            if (request.AwaitCompletion)
            {
                _completionWaiters[result.ProcessInstanceKey] = waiter;
            }

            return result;
        }, cancellationToken);
        if (!request.AwaitCompletion)
        {
            return created;
        }

        var timeout = request.RequestTimeout is { } requested && requested > TimeSpan.Zero ? requested : _options.AwaitCompletionDefault;
        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = await Task.WhenAny(waiter.Task, Task.Delay(timeout, _time, sleep.Token));
        await sleep.CancelAsync();
        if (finished != waiter.Task)
        {
            _completionWaiters.TryRemove(created.ProcessInstanceKey, out _);
            cancellationToken.ThrowIfCancellationRequested();
            throw new WorkflowRejection(RejectionKind.DeadlineExceeded,
                $"Expected to receive the result of process instance with key '{created.ProcessInstanceKey}' within {(long)timeout.TotalMilliseconds} ms, but the request timed out");
        }

        var variables = await waiter.Task;
        var fetch = request.FetchVariables;
        var result = fetch is null ? variables : new JsonObject(variables.Where(v => fetch.Contains(v.Key)).Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone())));
        return created with { Variables = result };
    }

    public Task CancelInstanceAsync(long processInstanceKey, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.CancelInstance(processInstanceKey), cancellationToken);

    /// <summary>
    /// Activates up to MaxJobs jobs; with none available, long-polls until one becomes activatable or RequestTimeout
    /// (null or zero = the engine default, negative = no waiting) passes, then answers with an empty list.
    /// </summary>
    public async Task<IReadOnlyList<ActivatedJob>> ActivateJobsAsync(ActivateJobsRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Type) || request.Timeout <= TimeSpan.Zero || request.MaxJobs < 1)
        {
            throw new WorkflowRejection(RejectionKind.InvalidArgument, string.IsNullOrWhiteSpace(request.Type) ? "No type provided."
                : request.Timeout <= TimeSpan.Zero ? $"The value for timeout is '{(long)request.Timeout.TotalMilliseconds}' but must be greater than 0."
                : $"The value for maxJobsToActivate is '{request.MaxJobs}' but must be greater than 0.");
        }

        var wait = request.RequestTimeout is { } requested && requested != TimeSpan.Zero ? requested : _options.LongPollDefault;
        var deadline = _time.GetUtcNow() + (wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        while (!_stopping.IsCancellationRequested)
        {
            var waiter = wait > TimeSpan.Zero ? _jobWaiters.Register(request.Type) : null;
            var jobs = await SubmitAsync<IReadOnlyList<ActivatedJob>>(core => core.ActivateJobs(request), cancellationToken);
            var remaining = deadline - _time.GetUtcNow();
            if (jobs.Count > 0 || waiter is null || remaining <= TimeSpan.Zero)
            {
                if (waiter is not null)
                {
                    _jobWaiters.Remove(request.Type, waiter);
                }

                return jobs;
            }

            using var sleep = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(waiter.Task, Task.Delay(remaining, _time, sleep.Token));
            await sleep.CancelAsync();
            _jobWaiters.Remove(request.Type, waiter);
            cancellationToken.ThrowIfCancellationRequested();
            if (!waiter.Task.IsCompleted)
            {
                return [];
            }
        }

        // A long poll that outlives the engine answers like one that timed out.
        return [];
    }

    public Task CompleteJobAsync(long jobKey, JsonObject? variables, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.CompleteJob(jobKey, variables), cancellationToken);

    public Task FailJobAsync(long jobKey, int retries, string? errorMessage, TimeSpan retryBackOff, JsonObject? variables, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.FailJob(jobKey, retries, errorMessage, retryBackOff, variables), cancellationToken);

    public Task ThrowJobErrorAsync(long jobKey, string errorCode, string? errorMessage, JsonObject? variables, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.ThrowJobError(jobKey, errorCode, errorMessage, variables), cancellationToken);

    public Task UpdateJobAsync(long jobKey, int? retries, TimeSpan? timeout, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.UpdateJob(jobKey, retries, timeout), cancellationToken);

    public Task<PublishedMessage> PublishMessageAsync(PublishMessageRequest request, CancellationToken cancellationToken = default) =>
        SubmitAsync<PublishedMessage>(core => core.PublishMessage(request), cancellationToken);

    public Task<CorrelatedMessage> CorrelateMessageAsync(string name, string correlationKey, JsonObject? variables, CancellationToken cancellationToken = default) =>
        SubmitAsync<CorrelatedMessage>(core => core.CorrelateMessage(name, correlationKey, variables), cancellationToken);

    public Task SetVariablesAsync(long scopeKey, JsonObject variables, bool local, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.SetVariables(scopeKey, variables, local), cancellationToken);

    public Task ResolveIncidentAsync(long incidentKey, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.ResolveIncident(incidentKey), cancellationToken);

    /// <summary>Assigns (or with a null/empty assignee unassigns) a user task; allowOverride false refuses a task assigned to someone else.</summary>
    public Task AssignUserTaskAsync(long userTaskKey, string? assignee, bool allowOverride, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.AssignUserTask(userTaskKey, assignee, allowOverride), cancellationToken);

    public Task UpdateUserTaskAsync(long userTaskKey, UserTaskUpdate update, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.UpdateUserTask(userTaskKey, update), cancellationToken);

    public Task CompleteUserTaskAsync(long userTaskKey, JsonObject? variables, CancellationToken cancellationToken = default) =>
        SubmitAsync(core => core.CompleteUserTask(userTaskKey, variables), cancellationToken);
}
