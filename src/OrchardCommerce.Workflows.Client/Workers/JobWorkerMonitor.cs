using System.Collections.Concurrent;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>
/// The live state of every job worker in this process, per job type: what it is doing, when it last got jobs, its
/// counts and its last error. Read by the dashboard and the "workflow-workers" health check.
/// </summary>
public sealed class JobWorkerMonitor(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyList<JobWorkerStatus> GetStatuses() =>
        _entries.Values.Select(e => e.Snapshot()).OrderBy(s => s.JobType, StringComparer.Ordinal).ToList();

    public JobWorkerStatus? GetStatus(string jobType) => _entries.TryGetValue(jobType, out var entry) ? entry.Snapshot() : null;

    internal void Register(string jobType, string workerName) => _entries.TryAdd(jobType, new Entry(jobType, workerName));

    internal void Update(string jobType, Action<Entry> change)
    {
        var entry = _entries[jobType];
        lock (entry) change(entry);
    }

    internal void Recovered(string jobType) => Update(jobType, e => { e.State = JobWorkerState.Polling; e.FailingSince = null; });

    internal void Activated(string jobType, int count) => Update(jobType, e =>
    {
        e.State = JobWorkerState.Polling;
        e.Activated += count;
        e.LastActivation = time.GetUtcNow();
    });

    internal void Idle(string jobType) => Update(jobType, e => e.State = JobWorkerState.Idle);

    internal void PollFailed(string jobType, Exception error) => Update(jobType, e =>
    {
        e.PollFailures++;
        if (e.State != JobWorkerState.Failing) e.FailingSince = time.GetUtcNow();
        e.State = JobWorkerState.Failing;
        e.SetError(error, time);
    });

    internal void Died(string jobType, Exception error) => Update(jobType, e =>
    {
        e.State = JobWorkerState.Stopped;
        e.StoppedUnexpectedly = true;
        e.SetError(error, time);
    });

    internal void Started(string jobType) => Update(jobType, e =>
    {
        if (e.StoppedUnexpectedly) e.Restarts++;
        e.StoppedUnexpectedly = false;
        e.State = JobWorkerState.Polling;
    });

    internal void Stopped(string jobType) => Update(jobType, e => { e.State = JobWorkerState.Stopped; e.FailingSince = null; });

    internal sealed class Entry(string jobType, string workerName)
    {
        public JobWorkerState State = JobWorkerState.Stopped;
        public DateTimeOffset? LastActivation, LastErrorAt, FailingSince;
        public long Activated, Completed, Failed, ErrorsThrown, PollFailures, Restarts;
        public int Running;
        public string? LastError;
        public bool StoppedUnexpectedly;

        public void SetError(Exception error, TimeProvider time)
        {
            LastError = $"{error.GetType().Name}: {error.Message}";
            LastErrorAt = time.GetUtcNow();
        }

        public JobWorkerStatus Snapshot()
        {
            lock (this)
                return new JobWorkerStatus(jobType, workerName, State, LastActivation, Activated, Completed, Failed, ErrorsThrown,
                    PollFailures, Restarts, Running, LastError, LastErrorAt, FailingSince, StoppedUnexpectedly);
        }
    }
}
