namespace OrchardCommerce.Jobs.Tests.Support;

public sealed class RecordingHandler(HandlerLog log) : IJobHandler<TestPayload>
{
    public Task HandleAsync(TestPayload payload, JobContext context, CancellationToken ct)
    {
        log.Runs.Enqueue((context, payload));
        return Task.CompletedTask;
    }
}

public sealed class FailingHandler(HandlerLog log) : IJobHandler<TestPayload>
{
    public Task HandleAsync(TestPayload payload, JobContext context, CancellationToken ct)
    {
        log.Runs.Enqueue((context, payload));
        throw payload.Text == "fatal" ? new ArgumentException("bad argument") : new InvalidOperationException("boom");
    }
}

public sealed class BlockingHandler(HandlerLog log) : IJobHandler<TestPayload>
{
    public async Task HandleAsync(TestPayload payload, JobContext context, CancellationToken ct)
    {
        log.Runs.Enqueue((context, payload));
        log.Started.TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, ct);
    }
}

public sealed class FlakyHandler(HandlerLog log) : IJobHandler<TestPayload>
{
    public Task HandleAsync(TestPayload payload, JobContext context, CancellationToken ct)
    {
        log.Runs.Enqueue((context, payload));
        return Interlocked.Decrement(ref log.FailuresToCome) >= 0 ? throw new InvalidOperationException("flaky") : Task.CompletedTask;
    }
}
