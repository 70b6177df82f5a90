using System.Collections.Concurrent;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>The data loaders of one request, by name, and the ones with keys waiting for the next dispatch.</summary>
public sealed class DataLoaderContext
{
    private readonly ConcurrentDictionary<string, object> loaders = new(StringComparer.Ordinal);
    private readonly List<IBatchDispatcher> scheduled = [];
    private WorkQueue? queue;

    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch) where TKey : notnull
    {
        var loader = loaders.GetOrAdd(name, _ => new DataLoader<TKey, TValue>(this, batch));
        return loader as DataLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"Data loader \"{name}\" is already registered with other key or value types.");
    }

    internal void Schedule(IBatchDispatcher loader)
    {
        WorkQueue? waiting;
        lock (scheduled)
        {
            scheduled.Add(loader);
            waiting = queue;
        }
        // Keys queued from another thread (a resolver that used ConfigureAwait(false)) must still get dispatched.
        if (waiting is not null && SynchronizationContext.Current != waiting) waiting.Wake();
    }

    internal void Attach(WorkQueue executing)
    {
        lock (scheduled) queue = executing;
    }

    internal void Detach(WorkQueue executing)
    {
        lock (scheduled)
            if (queue == executing) queue = null;
    }

    /// <summary>Dispatches every loader with keys waiting; false when there were none.</summary>
    internal bool DispatchPending(CancellationToken cancellationToken)
    {
        IBatchDispatcher[] due;
        lock (scheduled)
        {
            if (scheduled.Count == 0) return false;
            due = [.. scheduled];
            scheduled.Clear();
        }
        foreach (var loader in due) loader.Dispatch(cancellationToken);
        return true;
    }
}
