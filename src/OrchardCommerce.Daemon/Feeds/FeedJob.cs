using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Feeds;

/// <summary>
/// A durable job one feed event asks for; the event id makes its idempotency key. Jobs that copy an aggregate's
/// current state name it in <paramref name="Coalesce"/>: of one page's jobs with the same key only the last is
/// enqueued, since the earlier ones would copy the same state again (a burst of stock changes on one product is one
/// mirror write, not one per order).
/// </summary>
public sealed record FeedJob(string Type, JsonNode Payload, string? Coalesce = null)
{
    /// <summary>The page's jobs in event order, without those a later job with the same coalesce key makes redundant.</summary>
    public static IReadOnlyList<(TEvent Event, FeedJob Job)> CoalescePage<TEvent>(IReadOnlyList<(TEvent Event, FeedJob Job)> jobs)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < jobs.Count; i++)
            if (jobs[i].Job.Coalesce is { } key) last[key] = i;
        return last.Count == 0 ? jobs : [.. jobs.Where((job, i) => job.Job.Coalesce is not { } key || last[key] == i)];
    }
}
