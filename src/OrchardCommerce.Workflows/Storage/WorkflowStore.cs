using System.Data.Common;
using System.Text;
using Dapper;
using OrchardCommerce.Workflows.Bpmn;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Engine.Runtime;

namespace OrchardCommerce.Workflows.Storage;

/// <summary>
/// The engine's persistence: creates the wf_ tables, loads the active state on start, writes each group commit in
/// one transaction, and answers the read side's searches (which see committed state only).
/// </summary>
internal sealed partial class WorkflowStore(WorkflowDatabase database) : IAsyncDisposable
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await database.PrepareAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var statement in WorkflowSchema.Statements)
        {
            await connection.ExecuteAsync(new CommandDefinition(statement, cancellationToken: cancellationToken));
        }
    }

    public async Task<StoredState> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var nextKey = await connection.ExecuteScalarAsync<long?>("SELECT value FROM wf_meta WHERE name = 'next_key'") ?? WorkflowConstants.FirstKey;
        var definitions = (await connection.QueryAsync<DefinitionRow>(DefinitionColumns + " FROM wf_definitions ORDER BY definition_key"))
            .Select(ToDefinition)
            .ToList();
        var instances = (await connection.QueryAsync<string>("SELECT snapshot FROM wf_instances WHERE state = 'ACTIVE'"))
            .Select(WorkflowJson.Deserialize<InstanceRecord>)
            .ToList();
        HoldActivatedJobs(instances, await connection.QueryAsync<string>(
            "SELECT j.data FROM wf_jobs j JOIN wf_instances i ON i.instance_key = j.instance_key WHERE i.state = 'ACTIVE' AND j.state NOT IN ('COMPLETED', 'CANCELED', 'ERROR_THROWN')"));
        var messages = (await connection.QueryAsync<string>("SELECT data FROM wf_messages"))
            .Select(WorkflowJson.Deserialize<MessageRecord>)
            .ToList();
        var timers = (await connection.QueryAsync<string>("SELECT data FROM wf_start_timers"))
            .Select(WorkflowJson.Deserialize<StartTimerRecord>)
            .ToList();
        return new StoredState(nextKey, definitions, instances, messages, timers);
    }

    /// <summary>
    /// An activation writes only the job's row, not the instance's snapshot: a job the snapshot shows waiting is held
    /// by a worker when its row has a deadline (every way out of Activated clears it and rewrites the snapshot).
    /// </summary>
    private static void HoldActivatedJobs(List<InstanceRecord> instances, IEnumerable<string> jobRows)
    {
        var byKey = instances.ToDictionary(i => i.Key);
        foreach (var view in jobRows.Select(WorkflowJson.Deserialize<JobView>))
        {
            if (view.Deadline is { } deadline && byKey.TryGetValue(view.ProcessInstanceKey, out var instance)
                && instance.Jobs.TryGetValue(view.JobKey, out var job) && job.Status == JobStatus.Activatable)
            {
                job.Status = JobStatus.Activated;
                job.Worker = view.Worker;
                job.Deadline = deadline;
            }
        }
    }

    /// <summary>Definitions are stored as their XML and parsed again on load: the XML is the source of truth.</summary>
    private static DefinitionRecord ToDefinition(DefinitionRow row)
    {
        var process = BpmnParser.Parse(Encoding.UTF8.GetBytes(row.Xml)).Processes.First(p => p.Id == row.BpmnProcessId);
        return new DefinitionRecord(row.DefinitionKey, row.BpmnProcessId, row.Version, row.ResourceName, row.DeploymentKey,
            row.Checksum, row.Xml, DateTimeOffset.FromUnixTimeMilliseconds(row.DeployedMs), process);
    }

    public async Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        var connection = await database.OpenWriterAsync(cancellationToken);
        var failed = true;
        try
        {
            await WriteAsync(connection, commit, cancellationToken);
            failed = false;
        }
        finally
        {
            await database.ReleaseWriterAsync(connection, failed);
        }
    }

    private static async Task WriteAsync(DbConnection connection, WorkflowCommit commit, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        async Task Write<T>(string sql, IReadOnlyCollection<T> rows)
        {
            if (rows.Count > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(sql, rows, transaction, cancellationToken: cancellationToken));
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO wf_meta (name, value) VALUES ('next_key', @NextKey) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { commit.NextKey }, transaction, cancellationToken: cancellationToken));
        await Write(WorkflowSql.InsertDefinition, commit.Definitions);
        await Write(WorkflowSql.UpsertInstance, commit.Instances);
        await Write(WorkflowSql.UpsertJob, commit.Jobs);
        await Write(WorkflowSql.UpsertIncident, commit.Incidents);
        await Write(WorkflowSql.UpsertUserTask, commit.UserTasks);
        await Write(WorkflowSql.UpsertVariable, commit.Variables);
        await Write(WorkflowSql.UpsertMessage, commit.Messages);
        await Write("DELETE FROM wf_messages WHERE message_key = @Key", commit.DeletedMessages.Select(k => new { Key = k }).ToList());
        await Write(WorkflowSql.UpsertStartTimer, commit.StartTimers);
        await Write("DELETE FROM wf_start_timers WHERE timer_key = @Key", commit.DeletedStartTimers.Select(k => new { Key = k }).ToList());
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private const string DefinitionColumns =
        """
        SELECT definition_key AS DefinitionKey, bpmn_process_id AS BpmnProcessId, version AS Version, name AS Name,
            resource_name AS ResourceName, deployment_key AS DeploymentKey, checksum AS Checksum, xml AS Xml, deployed_ms AS DeployedMs
        """;
}
