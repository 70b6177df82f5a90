namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// The one place an execution's work runs, one item at a time: resumed fields, and — because it is the
/// synchronization context while resolvers run — the continuations of resolvers that awaited. So the executor can
/// tell when nothing is left to run but data loader batches (graphql-js + dataloader's "end of the tick").
/// </summary>
internal sealed class WorkQueue : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> items = new();
    private readonly SemaphoreSlim signal = new(0);

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (items) items.Enqueue((d, state));
        signal.Release();
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    public void Enqueue(Action action) => Post(static state => ((Action)state!)(), action);

    /// <summary>Wakes the executor without work, e.g. when a batch was queued from another thread.</summary>
    public void Wake() => signal.Release();

    public Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(cancellationToken);

    /// <summary>Runs an action with this queue as the synchronization context, so resolvers' awaits come back here.</summary>
    public void Run(Action action)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try { action(); }
        finally { SetSynchronizationContext(previous); }
    }

    public bool Run(Func<bool> action)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try { return action(); }
        finally { SetSynchronizationContext(previous); }
    }

    public void RunPending()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (TryTake(out var item)) item.Callback(item.State);
        }
        finally { SetSynchronizationContext(previous); }
    }

    private bool TryTake(out (SendOrPostCallback Callback, object? State) item)
    {
        lock (items) return items.TryDequeue(out item);
    }
}
