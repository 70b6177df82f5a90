using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>
/// Follows the store's change feed (long-poll) and notes when each order reached completed or cancelled: the time
/// its order.status_changed event was written (the server's clock, on this machine), as a Stopwatch timestamp. So the
/// watcher can read seldom, and load the host it measures little, without adding its own delay to the latency.
/// </summary>
internal sealed class CompletionWatcher(HttpClient admin) : IAsyncDisposable
{
    private const int PageSize = 500;
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(50);
    private readonly CancellationTokenSource _stop = new();
    private readonly (DateTime Utc, long Timestamp) _origin = (DateTime.UtcNow, Stopwatch.GetTimestamp());
    private readonly ConcurrentDictionary<string, (long At, string Status)> _ended = new();
    private Task _loop = Task.CompletedTask;

    public int Ended => _ended.Count;

    /// <summary>When the last order seen so far ended (a Stopwatch timestamp).</summary>
    public long LastEnd => _ended.IsEmpty ? 0 : _ended.Values.Max(end => end.At);

    public void Start() => _loop = Task.Run(FollowAsync);

    public bool TryGet(string orderId, out (long At, string Status) end) => _ended.TryGetValue(orderId, out end);

    private async Task FollowAsync()
    {
        long after = 0;
        while (!_stop.IsCancellationRequested)
        {
            // A read-only JsonDocument, not a JsonObject per event: the watcher shares the CPU with what it measures.
            JsonDocument page;
            try
            {
                await using var body = await admin.GetStreamAsync($"/api/commerce/events?after={after}&limit={PageSize}&wait=5", _stop.Token);
                page = await JsonDocument.ParseAsync(body, cancellationToken: _stop.Token);
            }
            catch (OperationCanceledException) { return; }
            using (page)
            {
                var events = page.RootElement.GetProperty("events");
                foreach (var e in events.EnumerateArray())
                    if (e.GetProperty("type").ValueEquals("order.status_changed")
                        && e.GetProperty("data").GetProperty("to").GetString() is { } to && to is "completed" or "cancelled")
                        _ended.TryAdd(e.GetProperty("aggregateId").GetString()!, (Timestamp(e.GetProperty("occurredUtc").GetDateTimeOffset()), to));
                after = page.RootElement.GetProperty("next").GetInt64();
                if (events.GetArrayLength() is > 0 and < PageSize) await Task.Delay(Linger);
            }
        }
    }

    private long Timestamp(DateTimeOffset occurred) =>
        _origin.Timestamp + (long)((occurred.UtcDateTime - _origin.Utc).TotalSeconds * Stopwatch.Frequency);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }
}
