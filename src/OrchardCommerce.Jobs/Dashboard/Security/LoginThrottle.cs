using System.Collections.Concurrent;

namespace OrchardCommerce.Jobs.Dashboard.Security;

/// <summary>
/// Locks a client address out for <see cref="LockoutDuration"/> after <see cref="MaxFailures"/> wrong tokens
/// within <see cref="FailureWindow"/>, which makes guessing the token by brute force pointless.
/// </summary>
internal sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(1);

    // Bounds the memory an attacker rotating addresses can make us hold.
    private const int MaxTrackedClients = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    /// <summary>When the client may try again, or null when it is not locked out.</summary>
    public DateTime? LockedUntil(string client)
    {
        if (!_entries.TryGetValue(client, out var entry)) return null;
        lock (entry)
            return entry.LockedUntilUtc is { } until && until > Now ? until : null;
    }

    public void RecordFailure(string client)
    {
        if (_entries.Count >= MaxTrackedClients) Prune();
        var entry = _entries.GetOrAdd(client, _ => new Entry());
        lock (entry)
        {
            var now = Now;
            if (entry.LockedUntilUtc is { } until && until <= now || now - entry.FirstFailureUtc > FailureWindow)
                (entry.Failures, entry.FirstFailureUtc, entry.LockedUntilUtc) = (0, now, null);
            entry.Failures++;
            if (entry.Failures >= MaxFailures) entry.LockedUntilUtc = now + LockoutDuration;
        }
    }

    public void RecordSuccess(string client) => _entries.TryRemove(client, out _);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private void Prune()
    {
        var now = Now;
        foreach (var (client, entry) in _entries)
            lock (entry)
                if (entry.LockedUntilUtc is not { } until || until <= now)
                    _entries.TryRemove(client, out _);
    }

    private sealed class Entry
    {
        public int Failures;
        public DateTime FirstFailureUtc;
        public DateTime? LockedUntilUtc;
    }
}
