namespace OrchardCommerce.Workflows.Storage;

/// <summary>The rows one group commit writes in a single transaction.</summary>
internal sealed class WorkflowCommit(long nextKey)
{
    public long NextKey { get; } = nextKey;

    public List<DefinitionRow> Definitions { get; } = [];

    public List<InstanceRow> Instances { get; } = [];

    public List<JobRow> Jobs { get; } = [];

    public List<IncidentRow> Incidents { get; } = [];

    public List<UserTaskRow> UserTasks { get; } = [];

    public List<VariableRow> Variables { get; } = [];

    public List<MessageRow> Messages { get; } = [];

    public List<long> DeletedMessages { get; } = [];

    public List<StartTimerRow> StartTimers { get; } = [];

    public List<long> DeletedStartTimers { get; } = [];
}
