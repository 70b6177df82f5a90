namespace OrchardCommerce.Jobs;

/// <summary>Wakes idle workers in this process when a job is enqueued here, so pickup does not wait for the poll interval.</summary>
internal sealed class JobSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = NewSource();

    public void Notify()
    {
        TaskCompletionSource fired;
        lock (_gate)
        {
            fired = _next;
            _next = NewSource();
        }
        fired.TrySetResult();
    }

    /// <summary>Completes at the next <see cref="Notify"/>; take it before checking for work so no notify is missed.</summary>
    public Task NextAsync()
    {
        lock (_gate) return _next.Task;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
