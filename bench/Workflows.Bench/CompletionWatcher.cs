using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

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
            JsonObject page;
            try { page = (await admin.GetFromJsonAsync<JsonObject>($"/api/commerce/events?after={after}&limit={PageSize}&wait=5", _stop.Token))!; }
            catch (OperationCanceledException) { return; }
            foreach (var e in page["events"]!.AsArray())
                if ((string)e!["type"]! == "order.status_changed" && (string?)e["data"]!["to"] is "completed" or "cancelled")
                    _ended.TryAdd((string)e["aggregateId"]!, (Timestamp((DateTimeOffset)e["occurredUtc"]!), (string)e["data"]!["to"]!));
            after = (long)page["next"]!;
            if (page["events"]!.AsArray().Count is > 0 and < PageSize) await Task.Delay(Linger);
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
