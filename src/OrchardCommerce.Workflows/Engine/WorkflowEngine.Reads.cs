namespace OrchardCommerce.Workflows.Engine;

/// <summary>Reads (reference §2.5, §2.14–2.17): committed state from the database; Get methods throw NOT_FOUND.</summary>
public sealed partial class WorkflowEngine
{
    public async Task<ProcessInstanceView> GetInstanceAsync(long processInstanceKey, CancellationToken cancellationToken = default) =>
        (await SearchInstancesAsync(new InstanceQuery { ProcessInstanceKey = processInstanceKey, Limit = 1 }, cancellationToken)).Items.FirstOrDefault()
        ?? throw NotFound("Process instance", processInstanceKey);

    public Task<SearchPage<ProcessInstanceView>> SearchInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default) =>
        _store.SearchInstancesAsync(query, cancellationToken);

    public async Task<IncidentView> GetIncidentAsync(long incidentKey, CancellationToken cancellationToken = default) =>
        (await SearchIncidentsAsync(new IncidentQuery { IncidentKey = incidentKey, Limit = 1 }, cancellationToken)).Items.FirstOrDefault()
        ?? throw NotFound("Incident", incidentKey);

    public Task<SearchPage<IncidentView>> SearchIncidentsAsync(IncidentQuery query, CancellationToken cancellationToken = default) =>
        _store.SearchIncidentsAsync(query, cancellationToken);

    public async Task<UserTaskView> GetUserTaskAsync(long userTaskKey, CancellationToken cancellationToken = default) =>
        (await SearchUserTasksAsync(new UserTaskQuery { UserTaskKey = userTaskKey, Limit = 1 }, cancellationToken)).Items.FirstOrDefault()
        ?? throw NotFound("User task", userTaskKey);

    public Task<SearchPage<UserTaskView>> SearchUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken = default) =>
        _store.SearchUserTasksAsync(query, cancellationToken);

    public Task<SearchPage<JobView>> SearchJobsAsync(JobQuery query, CancellationToken cancellationToken = default) =>
        _store.SearchJobsAsync(query, cancellationToken);

    public Task<SearchPage<VariableView>> SearchVariablesAsync(VariableQuery query, CancellationToken cancellationToken = default) =>
        _store.SearchVariablesAsync(query, cancellationToken);

    public async Task<ProcessDefinitionView> GetDefinitionAsync(long processDefinitionKey, CancellationToken cancellationToken = default) =>
        (await SearchDefinitionsAsync(new DefinitionQuery { ProcessDefinitionKey = processDefinitionKey, Limit = 1 }, cancellationToken)).Items.FirstOrDefault()
        ?? throw NotFound("Process definition", processDefinitionKey);

    public Task<SearchPage<ProcessDefinitionView>> SearchDefinitionsAsync(DefinitionQuery query, CancellationToken cancellationToken = default) =>
        _store.SearchDefinitionsAsync(query, cancellationToken);

    /// <summary>The deployed BPMN XML, as deployed.</summary>
    public async Task<string> GetDefinitionXmlAsync(long processDefinitionKey, CancellationToken cancellationToken = default) =>
        await _store.GetDefinitionXmlAsync(processDefinitionKey, cancellationToken) ?? throw NotFound("Process definition", processDefinitionKey);

    /// <summary>Active and completed elements, taken flows and open incidents of an instance, for the bpmn-js admin view.</summary>
    public async Task<InstanceProgress> GetInstanceProgressAsync(long processInstanceKey, CancellationToken cancellationToken = default)
    {
        var snapshot = await _store.GetSnapshotAsync(processInstanceKey, cancellationToken) ?? throw NotFound("Process instance", processInstanceKey);
        var active = snapshot.Elements.Values
            .Where(e => e.ScopeKey is not null && !(e.IsBody && snapshot.Elements.Values.Any(c => c.ScopeKey == e.Key)))
            .GroupBy(e => e.ElementId)
            .ToDictionary(g => g.Key, g => g.Count());
        var incidents = await SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = processInstanceKey, State = "ACTIVE", Limit = 1000 }, cancellationToken);
        return new InstanceProgress(processInstanceKey, snapshot.State, active, snapshot.Completed, snapshot.TakenFlows, incidents.Items);
    }

    private static WorkflowRejection NotFound(string what, long key) => new(RejectionKind.NotFound, $"{what} with key '{key}' not found");
}
