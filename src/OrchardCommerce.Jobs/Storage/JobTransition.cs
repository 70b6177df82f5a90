namespace OrchardCommerce.Jobs.Storage;

/// <summary>
/// One guarded state change: applied only if the job is in one of <see cref="From"/> and, when given, still leased by
/// <see cref="ExpectedOwner"/> for <see cref="ExpectedAttempt"/>, so a lost lease never overwrites the new owner's state.
/// </summary>
internal sealed record JobTransition(long JobId, IReadOnlyList<JobState> From, JobState To, DateTime NowUtc, string Reason)
{
    public string? Worker { get; init; }
    public string? Exception { get; init; }
    public string? ExpectedOwner { get; init; }
    public int? ExpectedAttempt { get; init; }

    /// <summary>Null keeps the current run time.</summary>
    public DateTime? RunAtUtc { get; init; }

    /// <summary>Null keeps the current last error.</summary>
    public string? LastError { get; init; }

    /// <summary>Added to attempt: -1 when a release at shutdown must not count the run.</summary>
    public int AttemptDelta { get; init; }

    public bool ResetAttempt { get; init; }

    /// <summary>Only rescue: the lease must also have expired at <see cref="NowUtc"/>.</summary>
    public bool RequireExpiredLease { get; init; }
}
