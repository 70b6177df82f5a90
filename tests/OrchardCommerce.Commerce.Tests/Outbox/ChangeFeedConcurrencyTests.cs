using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Tests.Outbox;

public abstract class ChangeFeedConcurrencyTests : CommerceTestBase
{
    private const int Writers = 8;
    private const int EventsPerWriter = 100;

    [Fact]
    public async Task Read_WritersCommittingWhilePaging_SeesEveryEventOnceInIncreasingPositions()
    {
        var written = new ConcurrentBag<string>();
        var writing = Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(w, written))));
        var feed = Services.GetRequiredService<ChangeFeed<CommerceStream>>();
        var seen = new List<string>();
        var positions = new List<long>();
        var cursor = 0L;
        var clock = Stopwatch.StartNew();

        while (seen.Count < Writers * EventsPerWriter && clock.Elapsed < TimeSpan.FromSeconds(90) && !writing.IsFaulted)
        {
            var page = await feed.ReadAsync(cursor, 7, TimeSpan.Zero);
            seen.AddRange(page.Events.Select(e => e.Id));
            positions.AddRange(page.Events.Select(e => e.Sequence));
            page.Next.Should().Be(page.Events.Count > 0 ? page.Events[^1].Sequence : cursor);
            cursor = page.Next;
            if (page.Events.Count == 0) await Task.Delay(2);
        }
        await writing;
        var tail = await feed.ReadAsync(cursor, ChangeFeed<CommerceStream>.MaxLimit, TimeSpan.Zero);

        seen.Should().HaveCount(Writers * EventsPerWriter).And.OnlyHaveUniqueItems();
        seen.Should().BeEquivalentTo(written);
        positions.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        tail.Events.Should().BeEmpty();
    }

    // One event per unit of work, with a pause before some commits, so that commits interleave with inserts.
    private async Task WriteAsync(int writer, ConcurrentBag<string> written)
    {
        var scopes = Services.GetRequiredService<IServiceScopeFactory>();
        for (var i = 0; i < EventsPerWriter; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            await using var work = await session.BeginWorkAsync();
            var id = await scope.ServiceProvider.GetRequiredService<OutboxWriter<CommerceStream>>()
                .AppendAsync(CommerceEvents.StockChanged, "sku", $"sku_{writer}", i + 1, new { writer, i });
            if (i % 5 == writer % 5) await Task.Delay(1);
            await work.CompleteAsync();
            written.Add(id);
        }
    }
}

public sealed class SqliteChangeFeedConcurrencyTests : ChangeFeedConcurrencyTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresChangeFeedConcurrencyTests : ChangeFeedConcurrencyTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
