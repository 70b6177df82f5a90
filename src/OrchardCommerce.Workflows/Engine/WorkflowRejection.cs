namespace OrchardCommerce.Workflows.Engine;

/// <summary>
/// A command the engine refused, worded like the Zeebe broker's rejection so REST clients see the same problem
/// detail as from a real cluster: Title is the status name, Detail the broker text, StatusCode the HTTP status.
/// </summary>
public sealed class WorkflowRejection : Exception
{
    public WorkflowRejection(RejectionKind kind, string detail)
        : base(detail)
    {
        Kind = kind;
    }

    public RejectionKind Kind { get; }

    public string Detail => Message;

    public string Title => Kind switch
    {
        RejectionKind.InvalidArgument => "INVALID_ARGUMENT",
        RejectionKind.NotFound => "NOT_FOUND",
        RejectionKind.InvalidState => "INVALID_STATE",
        RejectionKind.AlreadyExists => "ALREADY_EXISTS",
        RejectionKind.DeadlineExceeded => "DEADLINE_EXCEEDED",
        _ => "RESOURCE_EXHAUSTED",
    };

    public int StatusCode => Kind switch
    {
        RejectionKind.InvalidArgument => 400,
        RejectionKind.NotFound => 404,
        RejectionKind.InvalidState or RejectionKind.AlreadyExists => 409,
        RejectionKind.DeadlineExceeded => 504,
        _ => 503,
    };

    /// <summary>A broker rejection: "Command 'COMPLETE' rejected with code 'NOT_FOUND': ...".</summary>
    internal static WorkflowRejection Command(string command, RejectionKind kind, string text)
    {
        var rejection = new WorkflowRejection(kind, "");
        return new WorkflowRejection(kind, $"Command '{command}' rejected with code '{rejection.Title}': {text}");
    }
}
