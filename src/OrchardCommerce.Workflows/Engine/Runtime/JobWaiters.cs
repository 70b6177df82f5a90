namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Long-polling activations waiting for a job type; woken after a commit made a job of that type activatable.</summary>
internal sealed class JobWaiters
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<TaskCompletionSource>> _waiters = [];

    public TaskCompletionSource Register(string type)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (!_waiters.TryGetValue(type, out var list))
            {
                _waiters[type] = list = [];
            }

            list.Add(waiter);
        }

        return waiter;
    }

    public void Remove(string type, TaskCompletionSource waiter)
    {
        lock (_gate)
        {
            if (_waiters.TryGetValue(type, out var list) && list.Remove(waiter) && list.Count == 0)
            {
                _waiters.Remove(type);
            }
        }
    }

    public void Signal(IEnumerable<string> types)
    {
        var woken = new List<TaskCompletionSource>();
        lock (_gate)
        {
            foreach (var type in types)
            {
                if (_waiters.Remove(type, out var list))
                {
                    woken.AddRange(list);
                }
            }
        }

        woken.ForEach(w => w.TrySetResult());
    }

    public void SignalAll()
    {
        List<string> types;
        lock (_gate)
        {
            types = _waiters.Keys.ToList();
        }

        Signal(types);
    }
}
