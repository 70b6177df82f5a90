using System.Text.Json;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Outbox;

/// <summary>
/// Reads one of the tenant's outboxes as a change feed: events after a cursor in position order, at least once (a consumer
/// that re-reads from its last cursor sees everything since). With nothing new it long-polls: it wakes at this
/// process's <see cref="OutboxSignal"/>, and re-queries every half second for events other processes commit.
/// </summary>
public sealed class ChangeFeed<TStream>(TenantDatabase database, OutboxSignal<TStream> signal, TimeProvider clock) where TStream : IOutboxStream
{
    public const int MaxLimit = 500;
    public const int MaxWaitSeconds = 30;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly string Select = $"""
        SELECT position, id, type, aggregate_type, aggregate_id, aggregate_version, occurred_utc, payload
        FROM {TStream.Table} WHERE position > @after ORDER BY position LIMIT @limit
        """;

    /// <summary>
    /// Up to <paramref name="limit"/> events after <paramref name="after"/>, waiting up to <paramref name="wait"/> for the
    /// first. Cancellation (the client went away) ends the wait with an empty page rather than an exception.
    /// </summary>
    public async Task<FeedPage> ReadAsync(long after, int limit, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var deadline = clock.GetUtcNow() + wait;
        try
        {
            while (true)
            {
                // Taken before the query, so an event committed between the query and the wait still wakes us.
                var next = signal.NextAsync();
                var events = await QueryAsync(after, limit, cancellationToken);
                var left = deadline - clock.GetUtcNow();
                if (events.Count > 0 || left <= TimeSpan.Zero)
                    return new FeedPage(events, events.Count > 0 ? events[^1].Sequence : after);
                await Task.WhenAny(next, Task.Delay(left < PollInterval ? left : PollInterval, clock, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        // Also around the query: on PostgreSQL a cancellation often lands in the sequencer's statements.
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new FeedPage([], after);
        }
    }

    // A connection per query, not the request's session: a long-poll must not hold a pooled connection while it waits.
    private async Task<IReadOnlyList<FeedEvent>> QueryAsync(long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Dialect.IsPostgres)
            await OutboxSequencer.RunAsync<TStream>(connection, cancellationToken);
        var rows = await connection.QueryAsync<(long Position, string Id, string Type, string AggregateType, string AggregateId,
            long AggregateVersion, DateTime OccurredUtc, string Payload)>(new CommandDefinition(Select, new { after, limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => new FeedEvent(r.Position, r.Id, r.Type, r.AggregateType, r.AggregateId, r.AggregateVersion,
            DateTime.SpecifyKind(r.OccurredUtc, DateTimeKind.Utc), ParseData(r.Payload))).ToList();
    }

    private static JsonElement ParseData(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }
}
