using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>
/// A user task (reference §5.10). Native = zeebe:userTask (a Camunda user task managed by the engine);
/// otherwise the task becomes a job of type io.camunda.zeebe:userTask.
/// </summary>
internal sealed record UserTaskDefinition(bool Native)
{
    public const string JobType = "io.camunda.zeebe:userTask";

    public FeelExpression? Assignee { get; init; }

    public FeelExpression? CandidateGroups { get; init; }

    public FeelExpression? CandidateUsers { get; init; }

    public FeelExpression? DueDate { get; init; }

    public FeelExpression? FollowUpDate { get; init; }

    public FeelExpression? Priority { get; init; }

    public string? FormKey { get; init; }

    public string? FormId { get; init; }

    public string? ExternalFormReference { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
