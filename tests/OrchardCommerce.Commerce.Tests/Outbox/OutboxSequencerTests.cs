using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Tests.Outbox;

/// <summary>
/// PostgreSQL only: there writers run side by side and positions come after commit. (SQLite has one writer, so
/// insert order is commit order and the position is set at insert.)
/// </summary>
public sealed class OutboxSequencerTests : CommerceTestBase
{
    private static readonly TimeSpan NoBlocking = TimeSpan.FromSeconds(10);

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    private ChangeFeed<CommerceStream> Feed => Services.GetRequiredService<ChangeFeed<CommerceStream>>();

    private AsyncServiceScope NewScope() => Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();

    private static Task<string> AppendAsync(AsyncServiceScope scope, string handle) =>
        scope.ServiceProvider.GetRequiredService<OutboxWriter<CommerceStream>>()
            .AppendAsync(CommerceEvents.ProductUpdated, "product", "prod_" + handle, 1, new { handle }).WaitAsync(NoBlocking);

    [Fact]
    public async Task Read_EarlierWriterStillOpen_ItsEventComesAfterTheCursorOnceCommitted()
    {
        await using var scopeA = NewScope();
        await using var workA = await scopeA.ServiceProvider.GetRequiredService<DbSession>().BeginWorkAsync();
        await AppendAsync(scopeA, "a");
        await using (var scopeB = NewScope())
        await using (var workB = await scopeB.ServiceProvider.GetRequiredService<DbSession>().BeginWorkAsync())
        {
            await AppendAsync(scopeB, "b");
            await workB.CompleteAsync();
        }

        var whileOpen = await Feed.ReadAsync(0, 100, TimeSpan.Zero);
        await workA.CompleteAsync();
        var afterCommit = await Feed.ReadAsync(whileOpen.Next, 100, TimeSpan.Zero);

        var connection = await Services.GetRequiredService<DbSession>().GetConnectionAsync();
        (await connection.QueryAsync<string>("SELECT aggregate_id FROM commerce_events ORDER BY sequence"))
            .Should().Equal(["prod_a", "prod_b"], "A inserted first, so an insert-ordered cursor after B would skip A");
        whileOpen.Events.Select(e => e.AggregateId).Should().Equal("prod_b");
        afterCommit.Events.Select(e => e.AggregateId).Should().Equal("prod_a");
        afterCommit.Events[0].Sequence.Should().BeGreaterThan(whileOpen.Next);
    }

    [Fact]
    public async Task Append_TwoWorksOpen_NeitherWaitsForTheOthersCommit()
    {
        await using var scopeA = NewScope();
        await using var scopeB = NewScope();
        await using var workA = await scopeA.ServiceProvider.GetRequiredService<DbSession>().BeginWorkAsync();
        await using var workB = await scopeB.ServiceProvider.GetRequiredService<DbSession>().BeginWorkAsync();

        var appendA = AppendAsync(scopeA, "a");
        var appendB = AppendAsync(scopeB, "b");
        var bothAppended = async () => await Task.WhenAll(appendA, appendB);

        await bothAppended.Should().NotThrowAsync("a writer must not wait for another writer's commit");
        await workB.CompleteAsync();
        await workA.CompleteAsync();
        (await Feed.ReadAsync(0, 100, TimeSpan.Zero)).Events.Select(e => e.AggregateId).Should().BeEquivalentTo("prod_a", "prod_b");
    }

    [Fact]
    public async Task Read_AnotherReaderSequencing_WaitsForItsRunThenSeesTheCommittedEvent()
    {
        await AppendCommittedAsync("a");
        await using var other = await Services.GetRequiredService<TenantDatabase>().OpenAsync();
        var sequencing = await HoldSequencerLockAsync(other);

        var reading = Feed.ReadAsync(0, 100, TimeSpan.Zero);
        await Task.Delay(300);
        var waited = !reading.IsCompleted;
        await sequencing.CommitAsync();
        var page = await reading.WaitAsync(NoBlocking);

        waited.Should().BeTrue("the reader waits for the other run rather than answering without an event committed before it");
        page.Events.Select(e => e.AggregateId).Should().Equal("prod_a");
    }

    [Fact]
    public async Task Read_AnotherRunHeldPastTheLockWait_ReturnsWhatIsPositioned()
    {
        await AppendCommittedAsync("a");
        await using var other = await Services.GetRequiredService<TenantDatabase>().OpenAsync();
        var sequencing = await HoldSequencerLockAsync(other);

        var blocked = await Feed.ReadAsync(0, 100, TimeSpan.Zero).WaitAsync(NoBlocking);
        await sequencing.CommitAsync();
        var free = await Feed.ReadAsync(0, 100, TimeSpan.Zero);

        blocked.Events.Should().BeEmpty();
        blocked.Next.Should().Be(0);
        free.Events.Select(e => e.AggregateId).Should().Equal("prod_a");
    }

    private async Task AppendCommittedAsync(string handle)
    {
        await using var scope = NewScope();
        await using var work = await scope.ServiceProvider.GetRequiredService<DbSession>().BeginWorkAsync();
        await AppendAsync(scope, handle);
        await work.CompleteAsync();
    }

    private static async Task<System.Data.Common.DbTransaction> HoldSequencerLockAsync(System.Data.Common.DbConnection connection)
    {
        var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync($"SELECT pg_advisory_xact_lock({CommerceStream.LockClass}, hashtext(current_schema()))", transaction: transaction);
        return transaction;
    }
}
