namespace OrchardCommerce.Workflows.Storage;

/// <summary>The write statements: plain inserts or upserts (ON CONFLICT works on both SQLite and PostgreSQL).</summary>
internal static class WorkflowSql
{
    public const string InsertDefinition =
        """
        INSERT INTO wf_definitions (definition_key, bpmn_process_id, version, name, resource_name, deployment_key, checksum, xml, deployed_ms)
        VALUES (@DefinitionKey, @BpmnProcessId, @Version, @Name, @ResourceName, @DeploymentKey, @Checksum, @Xml, @DeployedMs)
        """;

    public const string UpsertInstance =
        """
        INSERT INTO wf_instances (instance_key, definition_key, bpmn_process_id, process_name, version, state, has_incident, start_ms, end_ms, snapshot)
        VALUES (@InstanceKey, @DefinitionKey, @BpmnProcessId, @ProcessName, @Version, @State, @HasIncident, @StartMs, @EndMs, @Snapshot)
        ON CONFLICT (instance_key) DO UPDATE SET state = excluded.state, has_incident = excluded.has_incident,
            end_ms = excluded.end_ms, snapshot = excluded.snapshot
        """;

    public const string UpsertJob =
        """
        INSERT INTO wf_jobs (job_key, instance_key, type, state, worker, element_id, data)
        VALUES (@JobKey, @InstanceKey, @Type, @State, @Worker, @ElementId, @Data)
        ON CONFLICT (job_key) DO UPDATE SET state = excluded.state, worker = excluded.worker, data = excluded.data
        """;

    public const string UpsertIncident =
        """
        INSERT INTO wf_incidents (incident_key, instance_key, definition_key, bpmn_process_id, element_id, error_type, state, job_key, data)
        VALUES (@IncidentKey, @InstanceKey, @DefinitionKey, @BpmnProcessId, @ElementId, @ErrorType, @State, @JobKey, @Data)
        ON CONFLICT (incident_key) DO UPDATE SET state = excluded.state, data = excluded.data
        """;

    public const string UpsertUserTask =
        """
        INSERT INTO wf_user_tasks (user_task_key, instance_key, definition_key, bpmn_process_id, element_id, element_instance_key, state, assignee, data)
        VALUES (@UserTaskKey, @InstanceKey, @DefinitionKey, @BpmnProcessId, @ElementId, @ElementInstanceKey, @State, @Assignee, @Data)
        ON CONFLICT (user_task_key) DO UPDATE SET state = excluded.state, assignee = excluded.assignee, data = excluded.data
        """;

    public const string UpsertVariable =
        """
        INSERT INTO wf_variables (variable_key, instance_key, scope_key, name, value)
        VALUES (@VariableKey, @InstanceKey, @ScopeKey, @Name, @Value)
        ON CONFLICT (variable_key) DO UPDATE SET value = excluded.value
        """;

    public const string UpsertMessage =
        """
        INSERT INTO wf_messages (message_key, name, correlation_key, expires_ms, data)
        VALUES (@MessageKey, @Name, @CorrelationKey, @ExpiresMs, @Data)
        ON CONFLICT (message_key) DO UPDATE SET data = excluded.data
        """;

    public const string UpsertStartTimer =
        """
        INSERT INTO wf_start_timers (timer_key, definition_key, data) VALUES (@TimerKey, @DefinitionKey, @Data)
        ON CONFLICT (timer_key) DO UPDATE SET data = excluded.data
        """;
}
