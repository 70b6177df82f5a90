namespace OrchardCommerce.Jobs.Storage;

/// <summary>A jobs row as Dapper reads it (columns aliased to these names).</summary>
internal sealed class JobRow
{
    public const string Columns =
        "id AS Id, type AS Type, queue AS Queue, state AS State, payload AS Payload, idempotency_key AS IdempotencyKey, " +
        "attempt AS Attempt, run_at_utc AS RunAtUtc, created_utc AS CreatedUtc, state_changed_utc AS StateChangedUtc, last_error AS LastError";

    public long Id { get; set; }
    public string Type { get; set; } = "";
    public string Queue { get; set; } = "";
    public string State { get; set; } = "";
    public string Payload { get; set; } = "";
    public string? IdempotencyKey { get; set; }
    public long Attempt { get; set; }
    public long? RunAtUtc { get; set; }
    public long CreatedUtc { get; set; }
    public long StateChangedUtc { get; set; }
    public string? LastError { get; set; }

    public JobSummary ToSummary() => new(Id, Type, Queue, Enum.Parse<JobState>(State), IdempotencyKey, (int)Attempt,
        UnixMs.ToUtc(CreatedUtc), UnixMs.ToUtc(StateChangedUtc), UnixMs.ToUtc(RunAtUtc), LastError);

    public ClaimedJob ToClaimed() => new(Id, Type, Queue, Payload, IdempotencyKey, (int)Attempt, UnixMs.ToUtc(CreatedUtc), UnixMs.ToUtc(RunAtUtc));
}
