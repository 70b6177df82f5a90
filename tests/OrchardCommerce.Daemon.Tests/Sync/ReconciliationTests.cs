using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Daemon.Sync;
using OrchardCommerce.Jobs;
using OrchardCommerce.Shells;
using OrchardCommerce.Sync.Mirror;

namespace OrchardCommerce.Daemon.Tests.Sync;

/// <summary>Drift made behind the sync's back is found by the tenant's reconciliation, repaired through the sync's jobs and reported.</summary>
public sealed class ReconciliationTests(SyncDemoHost demo) : IClassFixture<SyncDemoHost>
{
    [Fact]
    public async Task Reconcile_MirrorFieldChangedBehindTheSyncsBack_FoundRepairedAndReported()
    {
        var created = await demo.Acme.PostAsJsonAsync("/api/commerce/products", new
        {
            handle = "drift-kettle", title = "Drift Kettle", status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku = "ACME-DRIFT-KETTLE", options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["USD"] = 3900 } } },
        });
        created.EnsureSuccessStatusCode();
        var productId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var link = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var response = await demo.Acme.GetAsync($"/api/sync/products/{productId}");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        }, "the product's link");
        var contentItemId = (string)link["contentItemId"]!;

        // Behind the sync's back: straight through the content services, past the API's read-only guard.
        await InAcmeAsync(async services =>
        {
            using var bypass = services.GetRequiredService<MirrorWriteScope>().Enter();
            await services.GetRequiredService<ContentManager>().PatchCurrentAsync(contentItemId,
                item => item.Part("ProductContent")["Price"] = new JsonObject { ["Value"] = 1.0m });
        });

        await demo.Cms.Services.GetRequiredService<IJobClient>().TriggerRecurringAsync(SyncJobs.ReconcileRecurringId("acme"));

        var repaired = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var item = await demo.Acme.GetFromJsonAsync<JsonObject>($"/api/content/{contentItemId}?status=latest");
            return (decimal?)item?["ProductContent"]?["Price"]?["Value"] == 39m ? item : null;
        }, "the repaired price");
        repaired.Should().NotBeNull();
        var report = await SyncDemoHost.EventuallyAsync(async () =>
            (await demo.Acme.GetFromJsonAsync<JsonObject>("/api/sync/reconciliations"))!["items"]!.AsArray().OfType<JsonObject>()
                .FirstOrDefault(r => r["report"]!.AsArray().Any(d => (string?)d!["productId"] == productId)), "the reconciliation report");
        report["report"]!.AsArray().OfType<JsonObject>().Where(d => (string?)d["productId"] == productId)
            .Should().ContainSingle(d => (string?)d["direction"] == SyncDirection.CommerceToContent)
            .Which["reason"]!.GetValue<string>().Should().Contain("commerce fields differ");
        ((string)report["trigger"]!).Should().Be("schedule");
        ((long)report["checked"]!).Should().BeGreaterThan(1, "the demo catalog is compared too");
    }

    private async Task InAcmeAsync(Func<IServiceProvider, Task> action)
    {
        var shells = demo.Cms.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetShellAsync(shells.Find("acme")!);
        await using var scope = shell.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}
