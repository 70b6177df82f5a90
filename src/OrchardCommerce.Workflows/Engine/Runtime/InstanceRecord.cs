namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// One process instance with everything that belongs to it: the element-instance tree, variables per scope,
/// jobs, timers, subscriptions, user tasks and incidents. Serialized whole as the instance's snapshot, so a
/// restart rebuilds the engine from these alone.
/// </summary>
internal sealed class InstanceRecord
{
    public long Key { get; set; }

    public long DefinitionKey { get; set; }

    public string BpmnProcessId { get; set; } = "";

    public int Version { get; set; }

    /// <summary>ACTIVE, COMPLETED or TERMINATED.</summary>
    public string State { get; set; } = "ACTIVE";

    public DateTimeOffset StartDate { get; set; }

    public DateTimeOffset? EndDate { get; set; }

    /// <summary>Set when a message start event created the instance (the correlation-key rule of reference §4.2).</summary>
    public string? StartMessageName { get; set; }

    public string? StartCorrelationKey { get; set; }

    public Dictionary<long, ElementRecord> Elements { get; set; } = [];

    /// <summary>Variables by scope (element instance key; the instance key for the root scope), then by name.</summary>
    public Dictionary<long, Dictionary<string, VariableRecord>> Variables { get; set; } = [];

    public Dictionary<long, JobRecord> Jobs { get; set; } = [];

    public Dictionary<long, TimerRecord> Timers { get; set; } = [];

    public Dictionary<long, SubscriptionRecord> Subscriptions { get; set; } = [];

    public Dictionary<long, UserTaskRecord> UserTasks { get; set; } = [];

    public Dictionary<long, IncidentRecord> Incidents { get; set; } = [];

    /// <summary>Completed activities that have a compensation handler, in completion order.</summary>
    public List<CompensationRecord> Compensations { get; set; } = [];

    public long CompletionCounter { get; set; }

    /// <summary>Element id → how many times it completed, for the admin view.</summary>
    public Dictionary<string, int> Completed { get; set; } = [];

    public List<string> TakenFlows { get; set; } = [];

    public bool IsActive => State == "ACTIVE";

    public bool HasIncident => Incidents.Count > 0;
}
