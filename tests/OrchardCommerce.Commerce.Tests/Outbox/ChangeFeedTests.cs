using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Tests.Outbox;

public abstract class ChangeFeedTests : CommerceTestBase
{
    private ChangeFeed<CommerceStream> Feed => Services.GetRequiredService<ChangeFeed<CommerceStream>>();

    private async Task AppendAsync(params string[] handles)
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter<CommerceStream>>();
        await using var work = await session.BeginWorkAsync();
        var version = 1;
        foreach (var handle in handles)
            await writer.AppendAsync(CommerceEvents.ProductUpdated, "product", "prod_" + handle, version++, new { handle });
        await work.CompleteAsync();
    }

    [Fact]
    public async Task Read_AfterCursor_ReturnsLaterEventsInSequenceWithNext()
    {
        await AppendAsync("a", "b", "c");
        var all = await Feed.ReadAsync(0, 100, TimeSpan.Zero);

        var rest = await Feed.ReadAsync(all.Events[0].Sequence, 100, TimeSpan.Zero);

        all.Events.Select(e => e.Data.GetProperty("handle").GetString()).Should().Equal("a", "b", "c");
        all.Events.Select(e => e.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        all.Next.Should().Be(all.Events[^1].Sequence);
        rest.Events.Select(e => e.AggregateId).Should().Equal("prod_b", "prod_c");
        rest.Events[0].Should().BeEquivalentTo(new { Type = "product.updated", AggregateType = "product", AggregateVersion = 2L });
    }

    [Fact]
    public async Task Read_Limit_PagesByCursorWithoutGapsOrRepeats()
    {
        await AppendAsync("a", "b", "c", "d", "e");
        var seen = new List<string>();
        var cursor = 0L;

        for (var page = await Feed.ReadAsync(cursor, 2, TimeSpan.Zero); page.Events.Count > 0; page = await Feed.ReadAsync(cursor, 2, TimeSpan.Zero))
        {
            page.Events.Should().HaveCountLessThanOrEqualTo(2);
            seen.AddRange(page.Events.Select(e => e.AggregateId));
            cursor = page.Next;
        }

        seen.Should().Equal("prod_a", "prod_b", "prod_c", "prod_d", "prod_e");
    }

    [Fact]
    public async Task Read_NothingNewAndNoWait_ReturnsEmptyWithSameCursor()
    {
        var page = await Feed.ReadAsync(7, 100, TimeSpan.Zero);

        page.Events.Should().BeEmpty();
        page.Next.Should().Be(7);
    }

    [Fact]
    public async Task Read_LongPoll_ReturnsEventCommittedWhileWaiting()
    {
        // The clock is a manual one, so only the signal or the poll can end this wait, not the deadline.
        var polling = Feed.ReadAsync(0, 100, TimeSpan.FromSeconds(30));
        await Task.Delay(100);
        polling.IsCompleted.Should().BeFalse();

        await AppendAsync("late");

        var page = await polling.WaitAsync(TimeSpan.FromSeconds(20));
        page.Events.Select(e => e.AggregateId).Should().Equal("prod_late");
    }

    [Fact]
    public async Task Read_Cancelled_ReturnsEmptyPage()
    {
        using var cancellation = new CancellationTokenSource();
        var polling = Feed.ReadAsync(3, 100, TimeSpan.FromSeconds(30), cancellation.Token);

        await cancellation.CancelAsync();

        var page = await polling.WaitAsync(TimeSpan.FromSeconds(20));
        page.Events.Should().BeEmpty();
        page.Next.Should().Be(3);
    }
}

public sealed class SqliteChangeFeedTests : ChangeFeedTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresChangeFeedTests : ChangeFeedTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
