namespace OrchardCommerce.Workflows.Storage;

// The rows of the wf_ tables: plain data for Dapper, property names matching the column aliases used in SQL.

internal sealed class DefinitionRow
{
    public long DefinitionKey { get; set; }
    public string BpmnProcessId { get; set; } = "";
    public int Version { get; set; }
    public string? Name { get; set; }
    public string ResourceName { get; set; } = "";
    public long DeploymentKey { get; set; }
    public string Checksum { get; set; } = "";
    public string Xml { get; set; } = "";
    public long DeployedMs { get; set; }
    public int IsLatest { get; set; }
}

internal sealed class InstanceRow
{
    public long InstanceKey { get; set; }
    public long DefinitionKey { get; set; }
    public string BpmnProcessId { get; set; } = "";
    public string? ProcessName { get; set; }
    public int Version { get; set; }
    public string State { get; set; } = "";
    public int HasIncident { get; set; }
    public long StartMs { get; set; }
    public long? EndMs { get; set; }
    public string Snapshot { get; set; } = "";
}

internal sealed class JobRow
{
    public long JobKey { get; set; }
    public long InstanceKey { get; set; }
    public string Type { get; set; } = "";
    public string State { get; set; } = "";
    public string? Worker { get; set; }
    public string ElementId { get; set; } = "";
    public string Data { get; set; } = "";
}

internal sealed class IncidentRow
{
    public long IncidentKey { get; set; }
    public long InstanceKey { get; set; }
    public long DefinitionKey { get; set; }
    public string BpmnProcessId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string ErrorType { get; set; } = "";
    public string State { get; set; } = "";
    public long? JobKey { get; set; }
    public string Data { get; set; } = "";
}

internal sealed class UserTaskRow
{
    public long UserTaskKey { get; set; }
    public long InstanceKey { get; set; }
    public long DefinitionKey { get; set; }
    public string BpmnProcessId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public long ElementInstanceKey { get; set; }
    public string State { get; set; } = "";
    public string? Assignee { get; set; }
    public string Data { get; set; } = "";
}

internal sealed class VariableRow
{
    public long VariableKey { get; set; }
    public long InstanceKey { get; set; }
    public long ScopeKey { get; set; }
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
}

internal sealed class MessageRow
{
    public long MessageKey { get; set; }
    public string Name { get; set; } = "";
    public string CorrelationKey { get; set; } = "";
    public long ExpiresMs { get; set; }
    public string Data { get; set; } = "";
}

internal sealed class StartTimerRow
{
    public long TimerKey { get; set; }
    public long DefinitionKey { get; set; }
    public string Data { get; set; } = "";
}
