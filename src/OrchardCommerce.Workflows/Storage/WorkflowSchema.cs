namespace OrchardCommerce.Workflows.Storage;

/// <summary>
/// The engine's tables, created by the engine on start (a host-level store, not a tenant module). The DDL is
/// written so SQLite and PostgreSQL both accept it: BIGINT keys, TEXT for JSON, times as epoch milliseconds.
/// Each table keeps the columns searches filter on plus the full row as JSON.
/// </summary>
internal static class WorkflowSchema
{
    public static readonly string[] Statements =
    [
        "CREATE TABLE IF NOT EXISTS wf_meta (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS wf_definitions (definition_key BIGINT PRIMARY KEY, bpmn_process_id TEXT NOT NULL,
            version INTEGER NOT NULL, name TEXT, resource_name TEXT NOT NULL, deployment_key BIGINT NOT NULL,
            checksum TEXT NOT NULL, xml TEXT NOT NULL, deployed_ms BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS wf_instances (instance_key BIGINT PRIMARY KEY, definition_key BIGINT NOT NULL,
            bpmn_process_id TEXT NOT NULL, process_name TEXT, version INTEGER NOT NULL, state TEXT NOT NULL,
            has_incident INTEGER NOT NULL, start_ms BIGINT NOT NULL, end_ms BIGINT, snapshot TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS wf_instances_state ON wf_instances (state)",
        """
        CREATE TABLE IF NOT EXISTS wf_jobs (job_key BIGINT PRIMARY KEY, instance_key BIGINT NOT NULL, type TEXT NOT NULL,
            state TEXT NOT NULL, worker TEXT, element_id TEXT NOT NULL, data TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS wf_jobs_instance ON wf_jobs (instance_key)",
        """
        CREATE TABLE IF NOT EXISTS wf_incidents (incident_key BIGINT PRIMARY KEY, instance_key BIGINT NOT NULL,
            definition_key BIGINT NOT NULL, bpmn_process_id TEXT NOT NULL, element_id TEXT NOT NULL,
            error_type TEXT NOT NULL, state TEXT NOT NULL, job_key BIGINT, data TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS wf_incidents_instance ON wf_incidents (instance_key)",
        """
        CREATE TABLE IF NOT EXISTS wf_user_tasks (user_task_key BIGINT PRIMARY KEY, instance_key BIGINT NOT NULL,
            definition_key BIGINT NOT NULL, bpmn_process_id TEXT NOT NULL, element_id TEXT NOT NULL,
            element_instance_key BIGINT NOT NULL, state TEXT NOT NULL, assignee TEXT, data TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS wf_user_tasks_instance ON wf_user_tasks (instance_key)",
        """
        CREATE TABLE IF NOT EXISTS wf_variables (variable_key BIGINT PRIMARY KEY, instance_key BIGINT NOT NULL,
            scope_key BIGINT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS wf_variables_instance ON wf_variables (instance_key)",
        """
        CREATE TABLE IF NOT EXISTS wf_messages (message_key BIGINT PRIMARY KEY, name TEXT NOT NULL,
            correlation_key TEXT NOT NULL, expires_ms BIGINT NOT NULL, data TEXT NOT NULL)
        """,
        "CREATE TABLE IF NOT EXISTS wf_start_timers (timer_key BIGINT PRIMARY KEY, definition_key BIGINT NOT NULL, data TEXT NOT NULL)",
    ];
}
