using System.Collections.Concurrent;

namespace OrchardCommerce.Jobs.Tests.Support;

/// <summary>
/// What the test handlers saw, in run order; Started completes when a blocking handler begins; FailuresToCome is how
/// many more runs the flaky handler fails.
/// </summary>
public sealed class HandlerLog
{
    public ConcurrentQueue<(JobContext Context, TestPayload Payload)> Runs { get; } = new();
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int FailuresToCome;
}
