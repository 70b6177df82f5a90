using System.Collections.Concurrent;
using OrchardCommerce.Daemon.Cms;

namespace OrchardCommerce.Daemon.Feeds;

/// <summary>
/// What the followers last saw of each tenant's feeds (this process only, since its start): events read, the last
/// event, the last read and the last failure. The sync view shows it next to the jobs' own counts.
/// </summary>
public sealed class FeedActivity(TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Tenant, string Feed), FeedState> _states = new();

    public IReadOnlyList<FeedState> Snapshot() =>
        _states.Values.OrderBy(s => s.Tenant, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Feed, StringComparer.Ordinal).ToList();

    public void Read(string tenant, CmsFeed feed, IReadOnlyList<CmsFeedEvent> events) =>
        _states.AddOrUpdate((tenant, feed.Name), _ => Next(new FeedState(tenant, feed.Name), events), (_, state) => Next(state, events));

    public void Failed(string tenant, CmsFeed feed, string error) =>
        _states.AddOrUpdate((tenant, feed.Name), _ => new FeedState(tenant, feed.Name) { LastError = error, LastErrorUtc = clock.GetUtcNow() },
            (_, state) => state with { LastError = error, LastErrorUtc = clock.GetUtcNow(), Failures = state.Failures + 1 });

    private FeedState Next(FeedState state, IReadOnlyList<CmsFeedEvent> events) => state with
    {
        EventsRead = state.EventsRead + events.Count,
        LastReadUtc = clock.GetUtcNow(),
        LastEvent = events.Count > 0 ? events[^1] : state.LastEvent,
    };
}

public sealed record FeedState(string Tenant, string Feed)
{
    public long EventsRead { get; init; }
    public long Failures { get; init; }
    public CmsFeedEvent? LastEvent { get; init; }
    public DateTimeOffset? LastReadUtc { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastErrorUtc { get; init; }
}
