using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>What a handler decided: complete the job, fail it (retry or incident), or throw a BPMN error.</summary>
public abstract record JobResult
{
    private JobResult() { }

    /// <summary>Completes the job; the variables propagate into the process.</summary>
    public static JobResult Complete(JsonObject? variables = null) => new Completed(variables);

    /// <summary>
    /// Fails the job. <paramref name="retries"/> is the new remaining count (null = one less than the job had; 0 raises
    /// an incident); <paramref name="retryBackOff"/> delays the next activation.
    /// </summary>
    public static JobResult Fail(string message, int? retries = null, TimeSpan? retryBackOff = null) =>
        new Failed(message, retries, retryBackOff);

    /// <summary>Throws a BPMN error, caught by an error boundary or event subprocess with the same code.</summary>
    public static JobResult Error(string errorCode, string? message = null, JsonObject? variables = null) =>
        new ErrorThrown(errorCode, message, variables);

    public sealed record Completed(JsonObject? Variables) : JobResult;

    public sealed record Failed(string Message, int? Retries, TimeSpan? RetryBackOff) : JobResult;

    public sealed record ErrorThrown(string ErrorCode, string? Message, JsonObject? Variables) : JobResult;
}
