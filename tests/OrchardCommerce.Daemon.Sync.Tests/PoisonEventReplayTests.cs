using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardCommerce.Testing.Browser;
using OrchardCommerce.Daemon.Sync.Tests.Infrastructure;
using OrchardCommerce.Daemon.Tests.Sync;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync.Tests;

/// <summary>
/// The issue's acceptance, in Debian's headless Chromium: a poison event (a product in a tenant without the
/// ProductContent type) dead-letters after its two attempts and shows in the Sync view with its error; once the type is
/// imported, Replay on the page makes both sides consistent.
/// </summary>
[Collection(SyncViewCollection.Name)]
public sealed class PoisonEventReplayTests(SyncViewHost host)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task Replay_AfterTheCauseIsFixed_DeadLetteredProductReachesContent()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"the browser test drives Debian's Chromium at {ChromiumPath} (apt-get install chromium)");
        var tenant = "nc" + Guid.NewGuid().ToString("N")[..8];
        using var shop = await host.CreateTenantAsync(tenant, SyncViewHost.NoContentRecipe);
        var productId = await SyncViewHost.CreateProductAsync(shop, "poison-tent", 12900);
        var dead = await SyncDemoHost.EventuallyAsync(() => DeadLetterAsync(tenant, productId), "the dead-lettered product-to-content job", 60);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = host.Cms.Address.ToString().TrimEnd('/'), ViewportSize = new() { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        await page.GotoAsync("/jobs/sync");
        await page.FillAsync("#token", SyncViewHost.OpsToken);
        await page.ClickAsync("button[type=submit]:has-text('Sign in')");
        await BrowserPages.ArrivedAtAsync(page, "/jobs/sync");
        var row = page.Locator($"section.sync-tenant[data-tenant='{tenant}'] tr[data-job-id='{dead.Id}']");
        var deadRow = await row.InnerTextAsync();
        var deadState = await row.GetAttributeAsync("data-state");
        await Screenshot(page, "sync-dead-letter.png");

        // The fix: the missing type, imported through the tenant's recipe API.
        var import = await shop.PostAsJsonAsync("/api/recipes/import", new JsonObject
        {
            ["name"] = "product-content", ["steps"] = new JsonArray(SyncViewHost.ProductContentDefinition()),
        });
        await row.Locator("button:has-text('Replay')").ClickAsync();
        await BrowserPages.ArrivedAtAsync(page, "/jobs/sync?done=replayed", exact: false);
        var flash = await page.InnerTextAsync("p.flash");
        var link = await SyncViewHost.LinkedAsync(shop, productId);
        var item = await shop.GetFromJsonAsync<JsonObject>($"/api/content/{(string)link["contentItemId"]!}?status=latest");
        var replayed = await SyncDemoHost.EventuallyAsync(async () =>
            await host.Cms.Services.GetRequiredService<IJobMonitor>().GetAsync(dead.Id) is { Job.State: JobState.Succeeded } done ? done : null,
            "the replayed job's success");
        await page.ReloadAsync();
        await Screenshot(page, "sync-after-replay.png");
        var afterReplay = await page.Locator($"section.sync-tenant[data-tenant='{tenant}'] tr[data-job-id='{dead.Id}']").CountAsync();
        await page.GotoAsync($"/jobs/sync/{tenant}/products/{productId}");
        var diffItem = await page.InnerTextAsync("#content-item");
        var diffFields = await page.InnerTextAsync("#fields h2");
        await Screenshot(page, "sync-product-diff.png");

        dead.Attempt.Should().Be(2, "Daemon:Sync:MaxAttempts is 2");
        dead.LastError.Should().Contain("ProductContent");
        deadState.Should().Be("deadlettered");
        deadRow.Should().Contain("sync.product-to-content").And.Contain(productId).And.Contain("ProductContent");
        import.IsSuccessStatusCode.Should().BeTrue(await import.Content.ReadAsStringAsync());
        flash.Should().Be($"Job #{dead.Id} was requeued and runs again now.");
        replayed.History.Should().Contain(h => h.Reason != null && h.Reason.Contains("Replayed from the Sync view"));
        ((string)item!["ContentType"]!).Should().Be("ProductContent");
        ((string?)item["ProductContent"]?["Sku"]?["Text"]).Should().Be("POISON-TENT");
        ((decimal?)item["ProductContent"]?["Price"]?["Value"]).Should().Be(129m);
        ((string?)link["link"]?["productId"]).Should().Be(productId);
        afterReplay.Should().Be(0, "the replayed job succeeded and left the failing list");
        diffItem.Should().Be((string)link["contentItemId"]!);
        diffFields.Should().Be("Fields (in sync)");
        problems.Should().BeEmpty("the page runs under the dashboard's content security policy without errors");
    }

    private async Task<JobSummary?> DeadLetterAsync(string tenant, string productId)
    {
        var monitor = host.Cms.Services.GetRequiredService<IJobMonitor>();
        foreach (var job in (await monitor.ListAsync(JobState.DeadLettered, SyncJobs.ProductToContent, 1, 100)).Items)
            if (await monitor.GetAsync(job.Id) is { } detail && JsonNode.Parse(detail.PayloadJson) is JsonObject payload
                && (string?)payload["tenant"] == tenant && (string?)payload["productId"] == productId)
                return job;
        return null;
    }

    private static Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
    }
}
