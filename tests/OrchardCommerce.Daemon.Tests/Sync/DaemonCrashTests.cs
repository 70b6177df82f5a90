using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Daemon.Tests.Sync;

/// <summary>
/// Production topology: Cms.Web without the in-process daemon, and Sync.Daemon in its own process with its own jobs
/// database. The daemon is killed (-9) in the middle of a burst of 1,000 price changes and started again while the
/// burst goes on; afterwards every product's ProductContent mirror shows its final price and version, and the
/// receiving side's log shows no version applied twice.
/// </summary>
public sealed class DaemonCrashTests : SyncDemoHost
{
    private const string ServiceToken = "crash-test-service-token-0123456789abcdef";
    private const int Products = 20;
    private const int ChangesPerProduct = 50;

    private readonly string _daemonData = Path.Combine(Path.GetTempPath(), "oc-daemon-" + Guid.NewGuid().ToString("N"));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jobs:InProcess"] = "false",
        ["Daemon:ServiceToken"] = ServiceToken,
    };

    private Task<DaemonProcess> StartDaemonAsync() => DaemonProcess.StartAsync(_daemonData, Cms.Address, ServiceToken, new Dictionary<string, string>
    {
        ["Daemon:TenantRefreshInterval"] = "00:00:01",
        ["Daemon:FeedWait"] = "00:00:05",
        ["Jobs:LeaseDuration"] = "00:00:03",
        ["Jobs:HeartbeatInterval"] = "00:00:01",
    });

    [Fact]
    public async Task KilledMidBurst_RestartedDaemonConverges_NoVersionAppliedTwice()
    {
        var daemon = await StartDaemonAsync();
        try
        {
            var skus = new List<(string ProductId, string Sku)>();
            for (var i = 0; i < Products; i++)
            {
                var sku = $"ACME-CRASH-{i:00}";
                var response = await Acme.PostAsJsonAsync("/api/commerce/products", new
                {
                    handle = $"crash-{i:00}", title = $"Crash {i}", status = "active", options = Array.Empty<object>(),
                    variants = new[] { new { sku, options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["USD"] = 1000 } } },
                });
                response.EnsureSuccessStatusCode();
                skus.Add(((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!, sku));
            }

            // 1,000 changes, 8 at a time; the daemon dies after 300 and comes back after 600.
            var sent = 0;
            var changes = Enumerable.Range(1, ChangesPerProduct).SelectMany(n => skus.Select(s => (s.Sku, Price: 1000L + n))).ToList();
            var killed = false;
            var restarted = false;
            await Parallel.ForEachAsync(changes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (change, ct) =>
            {
                (await Acme.PutAsJsonAsync($"/api/commerce/variants/{change.Sku}/prices",
                    new { prices = new Dictionary<string, long> { ["USD"] = change.Price } }, ct)).EnsureSuccessStatusCode();
                var count = Interlocked.Increment(ref sent);
                if (count == 300 && !killed) { killed = true; await daemon.KillAsync(); }
                if (count == 600 && !restarted) { restarted = true; daemon = await StartDaemonAsync(); }
            });
            sent.Should().Be(Products * ChangesPerProduct);

            foreach (var (productId, _) in skus)
            {
                var product = (await Acme.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{productId}"))!;
                var version = (long)product["version"]!;
                var price = (long)product["variants"]![0]!["prices"]!["USD"]!;
                await EventuallyAsync(async () =>
                {
                    var view = await Acme.GetFromJsonAsync<JsonObject>($"/api/sync/products/{productId}");
                    return (long?)view?["link"]?["commerceVersion"] == version && (decimal?)view?["latest"]?["price"] == price / 100m ? view : null;
                }, $"{productId} at version {version}", seconds: 120);
            }

            var log = await MirrorLogAsync();
            log.Should().NotBeEmpty();
            log.GroupBy(l => (l.ProductId, l.Version)).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("no version is applied twice");
            log.Should().HaveCountLessThanOrEqualTo(Products * (ChangesPerProduct + 1));
        }
        finally
        {
            await daemon.DisposeAsync();
            Directory.Delete(_daemonData, recursive: true);
        }
    }

    private async Task<List<(string ProductId, long Version)>> MirrorLogAsync()
    {
        var shells = Cms.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetShellAsync(shells.Find("acme")!);
        await using var scope = shell.Services.CreateAsyncScope();
        var connection = await scope.ServiceProvider.GetRequiredService<DbSession>().GetConnectionAsync();
        return (await connection.QueryAsync<(string, long)>(
            "SELECT product_id, commerce_version FROM sync_mirror_log WHERE product_id LIKE 'prod_%' AND action <> 'repaired'")).ToList();
    }
}
