using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Tests.Outbox;

public abstract class OutboxWriterTests : CommerceTestBase
{
    private DbSession Session => Services.GetRequiredService<DbSession>();
    private OutboxWriter<CommerceStream> Writer => Services.GetRequiredService<OutboxWriter<CommerceStream>>();

    [Fact]
    public async Task Append_OutsideWork_Throws()
    {
        var act = () => Writer.AppendAsync(CommerceEvents.ProductCreated, "product", "prod_1", 1, new { });

        await act.Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task Append_WorkRolledBack_LeavesNoEvent()
    {
        await using (var work = await Session.BeginWorkAsync())
            await Writer.AppendAsync(CommerceEvents.ProductCreated, "product", "prod_1", 1, new { handle = "a" });

        var count = await (await Session.GetConnectionAsync()).ExecuteScalarAsync<long>("SELECT COUNT(*) FROM commerce_events");
        count.Should().Be(0);
    }

    [Fact]
    public async Task Append_WorkCompleted_StoresEventInSequenceAndSignals()
    {
        var signal = Services.GetRequiredService<OutboxSignal<CommerceStream>>().NextAsync();
        await using (var work = await Session.BeginWorkAsync())
        {
            await Writer.AppendAsync(CommerceEvents.ProductCreated, "product", "prod_1", 1, new { Handle = "a" });
            await Writer.AppendAsync(CommerceEvents.ProductUpdated, "product", "prod_1", 2, new { Handle = "b" });
            signal.IsCompleted.Should().BeFalse("readers must not wake before the change is visible");
            await work.CompleteAsync();
        }

        signal.IsCompleted.Should().BeTrue();
        var rows = (await (await Session.GetConnectionAsync()).QueryAsync<(long Sequence, string Type, long Version, string Payload)>(
            "SELECT sequence, type, aggregate_version, payload FROM commerce_events ORDER BY sequence")).ToList();
        rows.Select(r => r.Type).Should().Equal(CommerceEvents.ProductCreated, CommerceEvents.ProductUpdated);
        rows.Select(r => r.Version).Should().Equal(1, 2);
        rows[1].Payload.Should().Be("""{"handle":"b"}""");
    }

    [Fact]
    public async Task NextVersion_ConcurrentWritersOfOneAggregate_EachEventGetsItsOwnVersion()
    {
        const int writers = 6, eventsEach = 10;
        var scopes = Services.GetRequiredService<IServiceScopeFactory>();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < eventsEach; i++)
            {
                await using var scope = scopes.CreateAsyncScope();
                await using var work = await scope.ServiceProvider.GetRequiredService<DbSession>().BeginWorkAsync();
                var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter<CommerceStream>>();
                var version = await writer.NextVersionAsync("store", "store");
                // Hold the work open between reading the last version and committing, as a real edit does.
                await Task.Yield();
                await writer.AppendAsync(CommerceEvents.ProductUpdated, "store", "store", version, new { });
                await work.CompleteAsync();
            }
        })));

        var versions = (await (await Session.GetConnectionAsync()).QueryAsync<long>(
            "SELECT aggregate_version FROM commerce_events WHERE aggregate_id = 'store' ORDER BY aggregate_version")).ToList();
        versions.Should().Equal(Enumerable.Range(1, writers * eventsEach).Select(v => (long)v));
    }
}

public sealed class SqliteOutboxWriterTests : OutboxWriterTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOutboxWriterTests : OutboxWriterTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
