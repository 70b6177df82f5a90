namespace OrchardCommerce.Outbox;

/// <summary>
/// Wakes this process's long-polling feed readers of one stream when an event commits, so they answer at once instead
/// of at their next poll. Other processes (Cms.Web replicas on one PostgreSQL) are still found by polling.
/// </summary>
public sealed class OutboxSignal<TStream> where TStream : IOutboxStream
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task that completes at the next <see cref="Notify"/>; take it before reading, then await it.</summary>
    public Task NextAsync() => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
