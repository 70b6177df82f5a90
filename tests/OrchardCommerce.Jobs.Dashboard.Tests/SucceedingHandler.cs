namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>Does nothing and succeeds; the recurring job's type.</summary>
public sealed class SucceedingHandler : IJobHandler<TestPayload>
{
    public const string JobType = "test.succeeds";

    public Task HandleAsync(TestPayload payload, JobContext context, CancellationToken ct) => Task.CompletedTask;
}
