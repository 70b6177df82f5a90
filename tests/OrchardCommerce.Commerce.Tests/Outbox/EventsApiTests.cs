using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Tests.Outbox;

public abstract class EventsApiTests : CommerceHttpTestBase
{
    private Task AppendAsync(string tenant, params string[] handles) => WithTenantAsync(tenant, async services =>
    {
        var session = services.GetRequiredService<DbSession>();
        await using var work = await session.BeginWorkAsync();
        foreach (var handle in handles)
            await services.GetRequiredService<OutboxWriter<CommerceStream>>().AppendAsync(CommerceEvents.ProductCreated, "product", "prod_" + handle, 1, new { handle });
        await work.CompleteAsync();
        return true;
    });

    private static async Task<(List<string> Ids, long Next)> PageAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["events"]!.AsArray().Select(e => (string)e!["aggregateId"]!).ToList(), (long)body["next"]!);
    }

    [Fact]
    public async Task Events_PagedByCursor_AllInSequenceWithEventShape()
    {
        await AppendAsync("shop", "a", "b", "c");

        var (first, next) = await PageAsync(await Admin.GetAsync("/api/commerce/events?limit=2"));
        var (rest, last) = await PageAsync(await Admin.GetAsync($"/api/commerce/events?after={next}&limit=2"));
        var (none, same) = await PageAsync(await Admin.GetAsync($"/api/commerce/events?after={last}"));
        var one = (await Admin.GetFromJsonAsync<JsonObject>("/api/commerce/events?limit=1"))!["events"]![0]!.AsObject();

        first.Should().Equal("prod_a", "prod_b");
        rest.Should().Equal("prod_c");
        none.Should().BeEmpty();
        same.Should().Be(last);
        one.Select(p => p.Key).Should().Equal("sequence", "id", "type", "aggregateType", "aggregateId", "aggregateVersion", "occurredUtc", "data");
        ((string)one["data"]!["handle"]!).Should().Be("a");
    }

    [Fact]
    public async Task Events_LongPoll_AnswersWithEventWrittenWhileWaiting()
    {
        await AppendAsync("shop", "before");
        // The cursor must be past it before the long poll starts.
        var (seen, cursor) = await PageAsync(await Admin.GetAsync("/api/commerce/events"));
        seen.Should().Contain("prod_before");

        var polling = Admin.GetAsync($"/api/commerce/events?after={cursor}&wait=30");
        await Task.Delay(300);
        await AppendAsync("shop", "during");

        var (ids, _) = await PageAsync(await polling.WaitAsync(TimeSpan.FromSeconds(60)));
        ids.Should().Equal("prod_during");
    }

    [Fact]
    public async Task Events_AnonymousOrOtherTenantsToken_401()
    {
        var anonymous = await Anonymous.GetAsync("/api/commerce/events");
        var foreign = await Host.CreateClient(ShopHost, OtherAdminToken).GetAsync("/api/commerce/events");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        foreign.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Events_OtherTenant_NeverSeesShopEvents()
    {
        await AppendAsync("shop", "secret");
        await AppendAsync("other", "own");

        var (ids, _) = await PageAsync(await OtherAdmin.GetAsync("/api/commerce/events"));

        ids.Should().Equal("prod_own");
    }

    [Theory]
    [InlineData("after=-1", "after")]
    [InlineData("after=abc", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("wait=31", "wait")]
    [InlineData("wait=1.5", "wait")]
    public async Task Events_BadQuery_400NamingField(string query, string field)
    {
        var response = await Admin.GetAsync("/api/commerce/events?" + query);

        await response.ShouldNameFieldAsync(field);
    }
}

public sealed class SqliteEventsApiTests : EventsApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresEventsApiTests : EventsApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
