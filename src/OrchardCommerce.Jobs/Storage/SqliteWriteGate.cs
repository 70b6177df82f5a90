using System.Collections.Concurrent;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>
/// This process's writers to one SQLite file take turns here, in arrival order. SQLite has one writer: when two meet
/// (a claim and a feed cursor save, say), the second fails with SQLITE_BUSY and Microsoft.Data.Sqlite retries it only
/// after sleeping 150 ms on a pool thread, which made the slow tail of the sync lag. Queueing here instead costs a
/// writer only the time the one ahead of it writes. Other processes on the same file still meet SQLite's lock.
/// </summary>
internal static class SqliteWriteGate
{
    // Per file, not per storage instance: a rebuilt host or a second storage in one process may open the same file.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    // As long as a busy write used to retry (the connection's DefaultTimeout).
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    /// <summary>Waits for the turn to write to <paramref name="path"/> (a full path); dispose it after commit or rollback.</summary>
    public static async ValueTask<IDisposable> EnterAsync(string path, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(Wait, ct))
            throw new TimeoutException($"The jobs database {path} stayed busy with other writers for {Wait.TotalSeconds} s.");
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
