namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// What the commands of one group commit changed: written in one transaction, then announced (events, woken job
/// waiters, finished instances) only after the commit succeeded.
/// </summary>
internal sealed class ChangeSet
{
    public HashSet<InstanceRecord> Instances { get; } = [];

    public Dictionary<long, (InstanceRecord Instance, JobRecord Job)> Jobs { get; } = [];

    public Dictionary<long, (InstanceRecord Instance, IncidentRecord Incident)> Incidents { get; } = [];

    public Dictionary<long, (InstanceRecord Instance, UserTaskRecord Task)> UserTasks { get; } = [];

    /// <summary>Variable key → (instance, scope, name, JSON value); the last write of a batch wins.</summary>
    public Dictionary<long, (long InstanceKey, long ScopeKey, string Name, string Json)> Variables { get; } = [];

    public List<DefinitionRecord> Definitions { get; } = [];

    /// <summary>Message key → the buffered message, or null when it left the buffer.</summary>
    public Dictionary<long, MessageRecord?> Messages { get; } = [];

    public Dictionary<long, StartTimerRecord?> StartTimers { get; } = [];

    public List<InstanceChange> Events { get; } = [];

    public HashSet<string> ActivatableTypes { get; } = [];

    public List<InstanceRecord> Finished { get; } = [];

    /// <summary>The state was reloaded after a failure: every waiter should look again.</summary>
    public bool Reloaded { get; init; }

    public bool IsEmpty => Instances.Count == 0 && Definitions.Count == 0 && Messages.Count == 0 && StartTimers.Count == 0
        && Jobs.Count == 0 && Variables.Count == 0;
}
