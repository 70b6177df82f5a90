namespace OrchardCommerce.Workflows.Engine;

/// <summary>
/// Changes to a user task (reference §2.15 PATCH changeset): null keeps a field; an empty list clears candidates;
/// ClearDueDate/ClearFollowUpDate reset the dates (the REST empty string).
/// </summary>
public sealed record UserTaskUpdate
{
    public DateTimeOffset? DueDate { get; init; }

    public bool ClearDueDate { get; init; }

    public DateTimeOffset? FollowUpDate { get; init; }

    public bool ClearFollowUpDate { get; init; }

    public IReadOnlyList<string>? CandidateGroups { get; init; }

    public IReadOnlyList<string>? CandidateUsers { get; init; }

    public int? Priority { get; init; }
}
