namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A Camunda user task (zeebe:userTask) with its evaluated assignment and schedule.</summary>
internal sealed class UserTaskRecord
{
    public long Key { get; set; }

    public long ElementInstanceKey { get; set; }

    public string ElementId { get; set; } = "";

    public string State { get; set; } = "CREATED";

    public string? Assignee { get; set; }

    public List<string> CandidateGroups { get; set; } = [];

    public List<string> CandidateUsers { get; set; } = [];

    public DateTimeOffset? DueDate { get; set; }

    public DateTimeOffset? FollowUpDate { get; set; }

    public int Priority { get; set; } = 50;

    public DateTimeOffset CreationDate { get; set; }

    public DateTimeOffset? CompletionDate { get; set; }

    public string? FormKey { get; set; }

    public string? ExternalFormReference { get; set; }

    public Dictionary<string, string> CustomHeaders { get; set; } = [];
}
