namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// Collects the keys asked for while sibling fields and list items resolve, then loads them with one call of the
/// batch function once execution can make no other progress (the semantics of the dataloader package: a batch per
/// tick). Each key is loaded once per request; a missing key loads as default.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch;
    private readonly DataLoaderContext owner;
    private readonly Dictionary<TKey, Task<TValue?>> loaded = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Result)> queued = [];

    internal DataLoader(DataLoaderContext owner, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
    {
        this.owner = owner;
        this.batch = batch;
    }

    /// <summary>How many times the batch function has been called (for tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (loaded)
        {
            if (loaded.TryGetValue(key, out var known)) return known;
            var result = new TaskCompletionSource<TValue?>();
            task = result.Task;
            loaded[key] = task;
            first = queued.Count == 0;
            queued.Add((key, result));
        }
        if (first) owner.Schedule(this);
        return task;
    }

    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys) =>
        await Task.WhenAll(keys.Select(LoadAsync).ToList()).ConfigureAwait(false);

    void IBatchDispatcher.Dispatch(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Result)> taken;
        lock (loaded)
        {
            taken = queued;
            queued = [];
        }
        if (taken.Count == 0) return;
        BatchCount++;
        Task<IReadOnlyDictionary<TKey, TValue>> pending;
        try
        {
            pending = batch(taken.ConvertAll(entry => entry.Key), cancellationToken);
        }
        catch (Exception exception)
        {
            pending = Task.FromException<IReadOnlyDictionary<TKey, TValue>>(exception);
        }
        _ = CompleteAsync(taken, pending);
    }

    private static async Task CompleteAsync(List<(TKey Key, TaskCompletionSource<TValue?> Result)> taken, Task<IReadOnlyDictionary<TKey, TValue>> pending)
    {
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await pending;
        }
        catch (Exception exception)
        {
            foreach (var (_, result) in taken) result.TrySetException(exception);
            return;
        }
        foreach (var (key, result) in taken) result.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
    }
}
