using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>
/// Follows the store's change feed (long-poll) and notes when each order reached completed or cancelled: the
/// workflow's end as every other consumer sees it.
/// </summary>
internal sealed class CompletionWatcher(HttpClient admin) : IAsyncDisposable
{
    private const int PageSize = 500;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, (long At, string Status)> _ended = new();
    private Task _loop = Task.CompletedTask;

    public int Ended => _ended.Count;

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
            var now = Stopwatch.GetTimestamp();
            foreach (var e in page["events"]!.AsArray())
                if ((string)e!["type"]! == "order.status_changed" && (string?)e["data"]!["to"] is "completed" or "cancelled")
                    _ended.TryAdd((string)e["aggregateId"]!, (now, (string)e["data"]!["to"]!));
            after = (long)page["next"]!;
            // As the daemon's feed loop lingers: one request per few milliseconds of events, not one per event. An
            // end seen later can only add to the measured latency.
            if (page["events"]!.AsArray().Count is > 0 and < PageSize) await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }
}
