using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Data;

namespace OrchardCommerce.Tenants.Tests.Api;

/// <summary>GET /api/tenants/events: the registry's outbox, written with each change that another side acts on.</summary>
public abstract class TenantEventsApiTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TenantsTestHost _host = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _host = await TenantsTestHost.StartAsync(provider);
        _admin = _host.CreateClient(token: await _host.GetTokenAsync());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<List<JsonObject>> EventsAsync(string tenant, long after = 0)
    {
        // On PostgreSQL an event is positioned by the next read after it commits; read until the feed stops growing.
        var events = new List<JsonObject>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var page = (await _admin.GetFromJsonAsync<JsonObject>($"/api/tenants/events?after={after}&limit=500"))!;
            events.AddRange(page["events"]!.AsArray().Select(e => e!.AsObject()));
            after = (long)page["next"]!;
        }
        return events.Where(e => (string?)e["aggregateId"] == tenant).ToList();
    }

    [Fact]
    public async Task Lifecycle_CreateDisableEnableRemove_OneEventEachWithVersions()
    {
        (await _host.CreateTenantAsync(_admin.DefaultRequestHeaders.Authorization!.Parameter!, "acme", "acme.localhost")).EnsureSuccessStatusCode();
        (await _admin.PostAsync("/api/tenants/acme/disable", null)).EnsureSuccessStatusCode();
        (await _admin.PostAsync("/api/tenants/acme/enable", null)).EnsureSuccessStatusCode();
        (await _admin.DeleteAsync("/api/tenants/acme")).EnsureSuccessStatusCode();

        var events = await EventsAsync("acme");

        events.Select(e => (string?)e["type"]).Should().Equal("tenant.created", "tenant.disabled", "tenant.enabled", "tenant.removed");
        events.Select(e => (long)e["aggregateVersion"]!).Should().Equal(1, 2, 3, 4);
        events.Should().OnlyContain(e => (string?)e["aggregateType"] == "tenant");
        var created = events[0]["data"]!;
        ((string?)created["state"]).Should().Be("Running");
        ((string?)created["recipe"]).Should().Be("blank");
        created["hosts"]!.AsArray().Select(h => (string?)h).Should().Equal("acme.localhost");
    }

    [Fact]
    public async Task Setup_Failed_NoEventAtAll()
    {
        var token = _admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var failed = await _host.CreateTenantAsync(token, "bad", "bad.localhost", recipe: "broken");

        failed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await EventsAsync("bad")).Should().BeEmpty();
    }

    [Fact]
    public async Task Events_LongPoll_AnswersWhenATenantIsCreated()
    {
        var next = (long)(await _admin.GetFromJsonAsync<JsonObject>("/api/tenants/events?limit=500"))!["next"]!;
        foreach (var _ in Enumerable.Range(0, 3))
            next = (long)(await _admin.GetFromJsonAsync<JsonObject>($"/api/tenants/events?after={next}&limit=500"))!["next"]!;

        var polling = _admin.GetFromJsonAsync<JsonObject>($"/api/tenants/events?after={next}&wait=30");
        await Task.Delay(200);
        (await _host.CreateTenantAsync(_admin.DefaultRequestHeaders.Authorization!.Parameter!, "globex", "globex.localhost")).EnsureSuccessStatusCode();

        var page = (await polling.WaitAsync(TimeSpan.FromSeconds(60)))!;
        page["events"]!.AsArray().Select(e => (string?)e!["aggregateId"]).Should().Contain("globex");
    }

    [Fact]
    public async Task Events_AnonymousOrOtherTenant_Refused()
    {
        (await _host.CreateTenantAsync(_admin.DefaultRequestHeaders.Authorization!.Parameter!, "acme", "acme.localhost")).EnsureSuccessStatusCode();
        var acmeToken = await _host.GetTokenAsync("acme.localhost");

        var anonymous = await _host.CreateClient().GetAsync("/api/tenants/events");
        var onAcme = await _host.CreateClient("acme.localhost", acmeToken).GetAsync("/api/tenants/events");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        onAcme.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteTenantEventsApiTests() : TenantEventsApiTests(DatabaseProvider.Sqlite);

public sealed class PostgresTenantEventsApiTests() : TenantEventsApiTests(DatabaseProvider.Postgres);
