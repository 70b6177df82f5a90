using System.Text;
using Dapper;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Engine.Runtime;

namespace OrchardCommerce.Workflows.Storage;

/// <summary>Searches: equality filters on indexed columns, ordered by key, one page plus the total count.</summary>
internal sealed partial class WorkflowStore
{
    private const string InstanceColumns =
        """
        SELECT instance_key AS InstanceKey, definition_key AS DefinitionKey, bpmn_process_id AS BpmnProcessId, process_name AS ProcessName,
            version AS Version, state AS State, has_incident AS HasIncident, start_ms AS StartMs, end_ms AS EndMs
        """;

    private const string LatestVersion = "(SELECT MAX(d2.version) FROM wf_definitions d2 WHERE d2.bpmn_process_id = wf_definitions.bpmn_process_id)";

    public Task<SearchPage<ProcessInstanceView>> SearchInstancesAsync(InstanceQuery query, CancellationToken cancellationToken) =>
        SearchAsync<InstanceRow, ProcessInstanceView>(InstanceColumns, "wf_instances", "instance_key", query,
            [("state", query.State), ("bpmn_process_id", query.BpmnProcessId), ("definition_key", query.ProcessDefinitionKey),
             ("instance_key", query.ProcessInstanceKey), ("has_incident", query.HasIncident is { } flag ? flag ? 1 : 0 : null)],
            row => new ProcessInstanceView(row.InstanceKey, row.DefinitionKey, row.BpmnProcessId, row.ProcessName, row.Version, row.State,
                row.HasIncident != 0, DateTimeOffset.FromUnixTimeMilliseconds(row.StartMs),
                row.EndMs is { } end ? DateTimeOffset.FromUnixTimeMilliseconds(end) : null),
            cancellationToken);

    public Task<SearchPage<IncidentView>> SearchIncidentsAsync(IncidentQuery query, CancellationToken cancellationToken) =>
        SearchAsync<string, IncidentView>("SELECT data", "wf_incidents", "incident_key", query,
            [("incident_key", query.IncidentKey), ("instance_key", query.ProcessInstanceKey), ("definition_key", query.ProcessDefinitionKey),
             ("bpmn_process_id", query.BpmnProcessId), ("error_type", query.ErrorType), ("element_id", query.ElementId),
             ("state", query.State), ("job_key", query.JobKey)],
            WorkflowJson.Deserialize<IncidentView>, cancellationToken);

    public Task<SearchPage<UserTaskView>> SearchUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken) =>
        SearchAsync<string, UserTaskView>("SELECT data", "wf_user_tasks", "user_task_key", query,
            [("user_task_key", query.UserTaskKey), ("instance_key", query.ProcessInstanceKey), ("definition_key", query.ProcessDefinitionKey),
             ("element_instance_key", query.ElementInstanceKey), ("bpmn_process_id", query.BpmnProcessId), ("element_id", query.ElementId),
             ("state", query.State), ("assignee", query.Assignee)],
            WorkflowJson.Deserialize<UserTaskView>, cancellationToken);

    public Task<SearchPage<JobView>> SearchJobsAsync(JobQuery query, CancellationToken cancellationToken) =>
        SearchAsync<string, JobView>("SELECT data", "wf_jobs", "job_key", query,
            [("job_key", query.JobKey), ("instance_key", query.ProcessInstanceKey), ("type", query.Type), ("state", query.State),
             ("element_id", query.ElementId), ("worker", query.Worker)],
            WorkflowJson.Deserialize<JobView>, cancellationToken);

    public Task<SearchPage<VariableView>> SearchVariablesAsync(VariableQuery query, CancellationToken cancellationToken) =>
        SearchAsync<VariableRow, VariableView>(
            "SELECT variable_key AS VariableKey, instance_key AS InstanceKey, scope_key AS ScopeKey, name AS Name, value AS Value",
            "wf_variables", "variable_key", query,
            [("instance_key", query.ProcessInstanceKey), ("scope_key", query.ScopeKey), ("name", query.Name)],
            row => new VariableView(row.VariableKey, row.Name, row.Value, row.ScopeKey, row.InstanceKey), cancellationToken);

    public Task<SearchPage<ProcessDefinitionView>> SearchDefinitionsAsync(DefinitionQuery query, CancellationToken cancellationToken) =>
        SearchAsync<DefinitionRow, ProcessDefinitionView>(
            $"{DefinitionColumns}, CASE WHEN version = {LatestVersion} THEN 1 ELSE 0 END AS IsLatest", "wf_definitions", "definition_key", query,
            [("definition_key", query.ProcessDefinitionKey), ("bpmn_process_id", query.BpmnProcessId), ("version", query.Version),
             ($"CASE WHEN version = {LatestVersion} THEN 1 ELSE 0 END", query.IsLatestVersion is { } latest ? latest ? 1 : 0 : null)],
            row => new ProcessDefinitionView(row.DefinitionKey, row.BpmnProcessId, row.Name, row.Version, row.ResourceName, row.DeploymentKey, row.IsLatest != 0),
            cancellationToken);

    public async Task<string?> GetDefinitionXmlAsync(long key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT xml FROM wf_definitions WHERE definition_key = @key", new { key }, cancellationToken: cancellationToken));
    }

    /// <summary>The stored snapshot of an instance (active or ended), for the progress view.</summary>
    public async Task<InstanceRecord?> GetSnapshotAsync(long key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var snapshot = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT snapshot FROM wf_instances WHERE instance_key = @key", new { key }, cancellationToken: cancellationToken));
        return snapshot is null ? null : WorkflowJson.Deserialize<InstanceRecord>(snapshot);
    }

    private async Task<SearchPage<T>> SearchAsync<TRow, T>(
        string select, string table, string keyColumn, SearchQuery query, (string Column, object? Value)[] filters,
        Func<TRow, T> map, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new DynamicParameters();
        for (var i = 0; i < filters.Length; i++)
        {
            if (filters[i].Value is { } value)
            {
                where.Append($" AND {filters[i].Column} = @p{i}");
                parameters.Add($"p{i}", value);
            }
        }

        parameters.Add("Limit", Math.Max(query.Limit, 0));
        parameters.Add("From", Math.Max(query.From, 0));
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {table} {where}", parameters, cancellationToken: cancellationToken));
        var order = query.Descending ? "DESC" : "ASC";
        var rows = await connection.QueryAsync<TRow>(new CommandDefinition(
            $"{select} FROM {table} {where} ORDER BY {keyColumn} {order} LIMIT @Limit OFFSET @From", parameters, cancellationToken: cancellationToken));
        return new SearchPage<T>(rows.Select(map).ToList(), total);
    }
}
