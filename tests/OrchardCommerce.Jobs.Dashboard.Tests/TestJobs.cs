namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>The payload of the test job types; <see cref="Note"/> is where tests put markup that must come out encoded.</summary>
public sealed record TestPayload(string Note);

/// <summary>Always fails without retry, so every job of its types ends DeadLettered.</summary>
public sealed class AlwaysFailingHandler : IJobHandler<TestPayload>
{
    public const string JobType = "test.always-fails";

    /// <summary>A second failing type for bulk requeue, so requeueing all of it never touches other tests' dead letters.</summary>
    public const string BulkJobType = "test.always-fails-bulk";

    /// <summary>A type name with markup in it: the pages must show it encoded.</summary>
    public const string ScriptJobType = "test.<script>alert('type')</script>";

    public Task HandleAsync(TestPayload payload, JobContext context, CancellationToken ct) =>
        throw new NonRetryableJobException($"Refused on purpose: {payload.Note}");
}
