using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Dapper;

namespace OrchardCommerce.Daemon.Tests.Sync;

/// <summary>
/// Sync.Daemon in its own process loses Cms.Web for a minute (its connections go through a proxy that is cut) while
/// editors go on changing products; when Cms.Web is reachable again the daemon catches up with nothing lost and nothing
/// dead-lettered.
/// </summary>
public sealed class DaemonOutageTests : SyncDemoHost
{
    private const string ServiceToken = "outage-test-service-token-0123456789abcdef";
    private static readonly TimeSpan Outage = TimeSpan.FromMinutes(1);

    private readonly string _daemonData = Path.Combine(Path.GetTempPath(), "oc-daemon-" + Guid.NewGuid().ToString("N"));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jobs:InProcess"] = "false",
        ["Daemon:ServiceToken"] = ServiceToken,
    };

    private async Task<string> CreateAsync(int i)
    {
        var response = await Acme.PostAsJsonAsync("/api/commerce/products", new
        {
            handle = $"outage-{i:00}", title = $"Outage {i}", status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku = $"ACME-OUTAGE-{i:00}", options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["USD"] = 500 } } },
        });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    private async Task RepriceAsync(int i, long price) =>
        (await Acme.PutAsJsonAsync($"/api/commerce/variants/ACME-OUTAGE-{i:00}/prices", new { prices = new Dictionary<string, long> { ["USD"] = price } }))
            .EnsureSuccessStatusCode();

    private async Task<JsonObject?> MirrorAsync(string productId)
    {
        var response = await Acme.GetAsync($"/api/sync/products/{productId}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
    }

    [Fact]
    public async Task CmsUnreachableForAMinute_DaemonCatchesUpWithNothingLost()
    {
        await using var proxy = new TcpProxy(Cms.Address);
        var daemon = await DaemonProcess.StartAsync(_daemonData, proxy.Address, ServiceToken, new Dictionary<string, string>
        {
            ["Daemon:TenantRefreshInterval"] = "00:00:01",
            ["Daemon:FeedWait"] = "00:00:05",
            ["Daemon:Sync:MaxDelay"] = "00:00:05",
            ["Daemon:Sync:MaxAttempts"] = "40",
        });
        try
        {
            var ids = new List<string>();
            for (var i = 0; i < 8; i++) ids.Add(await CreateAsync(i));
            foreach (var id in ids) await EventuallyAsync(() => MirrorAsync(id), $"{id}'s mirror");

            // The outage: new products, price changes and a deletion pile up on Cms.Web for a minute.
            proxy.Down = true;
            var started = DateTime.UtcNow;
            for (var round = 1; round <= 10; round++)
                for (var i = 0; i < 8; i++) await RepriceAsync(i, 500 + round);
            for (var i = 8; i < 11; i++) ids.Add(await CreateAsync(i));
            (await Acme.DeleteAsync($"/api/commerce/products/{ids[0]}")).EnsureSuccessStatusCode();
            await Task.Delay(Outage / 2);
            for (var i = 1; i < 11; i++) await RepriceAsync(i, 999);
            await Task.Delay(Outage - (DateTime.UtcNow - started));
            proxy.Down = false;

            for (var i = 1; i < ids.Count; i++)
            {
                var id = ids[i];
                var version = (long)(await Acme.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{id}"))!["version"]!;
                await EventuallyAsync(async () => await MirrorAsync(id) is { } view
                    && (long?)view["link"]?["commerceVersion"] == version && (decimal?)view["latest"]?["price"] == 9.99m ? view : null,
                    $"{id} caught up", seconds: 90);
            }
            await EventuallyAsync(async () => (bool?)(await MirrorAsync(ids[0]))?["link"]?["archived"] == true ? "archived" : null,
                "the deleted product's item archived", seconds: 90);
            (await DeadLettersAsync()).Should().Be(0);
        }
        finally
        {
            await daemon.DisposeAsync();
            Directory.Delete(_daemonData, recursive: true);
        }
    }

    private async Task<long> DeadLettersAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_daemonData, "jobs.db")};Pooling=false");
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE state = 'DeadLettered' AND type LIKE 'sync.%'");
    }
}
