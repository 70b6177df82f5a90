namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A job of a service task (or job-worker user task). ViewState is the last event, as the job search shows it.</summary>
internal sealed class JobRecord
{
    public long Key { get; set; }

    public string Type { get; set; } = "";

    public int Retries { get; set; }

    public JobStatus Status { get; set; }

    public string ViewState { get; set; } = "CREATED";

    public string? Worker { get; set; }

    public DateTimeOffset? Deadline { get; set; }

    public DateTimeOffset? BackoffUntil { get; set; }

    public string? ErrorMessage { get; set; }

    public string? ErrorCode { get; set; }

    public bool HasFailedWithRetriesLeft { get; set; }

    public Dictionary<string, string> CustomHeaders { get; set; } = [];

    public string ElementId { get; set; } = "";

    public long ElementInstanceKey { get; set; }

    public DateTimeOffset? EndTime { get; set; }
}
