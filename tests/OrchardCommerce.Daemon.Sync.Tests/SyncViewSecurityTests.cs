using System.Net;
using System.Text.Json.Nodes;
using HtmlAgilityPack;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Daemon.Sync.Tests.Infrastructure;
using OrchardCommerce.Daemon.Tests.Sync;
using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard.Tests;

namespace OrchardCommerce.Daemon.Sync.Tests;

/// <summary>The section sits in the dashboard's guarded group: sign-in for every page and button, antiforgery for every POST.</summary>
[Collection(SyncViewCollection.Name)]
public sealed class SyncViewSecurityTests(SyncViewHost host)
{
    [Theory]
    [InlineData("/jobs/sync")]
    [InlineData("/jobs/sync/acme/products/some-product")]
    public async Task Page_WithoutSignIn_RedirectsToLogin(string path)
    {
        using var client = await host.DashboardAsync(signedIn: false);

        var response = await client.GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/jobs/login?returnUrl=" + Uri.EscapeDataString(path));
    }

    [Theory]
    [InlineData("/jobs/sync")]
    [InlineData("/jobs/sync/acme/resync")]
    [InlineData("/jobs/sync/jobs/1/replay")]
    public async Task Request_WithoutSignInFromAScript_Returns401(string path)
    {
        using var client = await host.DashboardAsync(signedIn: false);

        var get = await client.GetJsonAsync(path);
        var post = await client.PostJsonAsync(path, "{}", antiforgery: null);

        (path == "/jobs/sync" ? get : post).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ResyncTenant_WithoutAntiforgeryToken_Returns400AndEnqueuesNothing()
    {
        using var client = await host.DashboardAsync();
        // Settled first (no resync of acme waiting or running), so no job changes state between the two listings.
        var before = await SyncDemoHost.EventuallyAsync(async () =>
        {
            var jobs = await ResyncJobsAsync();
            return jobs.All(j => j.State is JobState.Succeeded or JobState.DeadLettered) ? jobs : null;
        }, "acme's earlier resyncs to finish");

        var response = await client.PostFormAsync("/jobs/sync/acme/resync", []);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ResyncJobsAsync()).Select(j => j.Id).Should().BeEquivalentTo(before.Select(j => j.Id));
    }

    [Fact]
    public async Task ResyncTenant_WithAntiforgeryToken_QueuesAJobPerClick()
    {
        using var client = await host.DashboardAsync();

        var first = await client.PostWithAntiforgeryAsync("/jobs/sync", "/jobs/sync/acme/resync");
        var second = await client.PostWithAntiforgeryAsync("/jobs/sync", "/jobs/sync/acme/resync");

        first.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        second.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        var ids = new[] { first, second }.Select(r => long.Parse(r.Headers.Location!.OriginalString.Split("job=")[1])).ToList();
        first.Headers.Location!.OriginalString.Should().Be($"/jobs/sync?done=resync-tenant&job={ids[0]}");
        ids[1].Should().NotBe(ids[0], "a second click is a second job, not a duplicate of the first");
        var monitor = host.Cms.Services.GetRequiredService<IJobMonitor>();
        foreach (var id in ids)
        {
            var job = (await monitor.GetAsync(id))!;
            job.Job.Type.Should().Be(SyncJobs.ReconcileTenant);
            var payload = JsonNode.Parse(job.PayloadJson)!;
            ((string?)payload["tenant"]).Should().Be("acme");
            ((string?)payload["trigger"]).Should().Be("manual");
            ((bool?)payload["force"]).Should().BeTrue();
            payload["productId"].Should().BeNull("the whole tenant is resynced");
        }
        var flash = (await client.GetDocumentAsync(second.Headers.Location!.OriginalString)).DocumentNode.SelectSingleNode("//p[@class='flash']")!;
        flash.InnerText.Should().Be($"Resync of the tenant queued as job #{ids[1]}: every product is compared and sent through the sync again.");
    }

    [Fact]
    public async Task ProductPage_UnknownTenantOrProduct_Returns404Page()
    {
        using var client = await host.DashboardAsync();

        var tenant = await client.GetPageAsync("/jobs/sync/nosuchtenant/products/p1");
        var product = await client.GetPageAsync("/jobs/sync/acme/products/no-such-product");

        tenant.StatusCode.Should().Be(HttpStatusCode.NotFound);
        Text(await tenant.Content.ReadAsStringAsync()).Should().Contain("No running tenant is called “nosuchtenant”");
        product.StatusCode.Should().Be(HttpStatusCode.NotFound);
        Text(await product.Content.ReadAsStringAsync()).Should().Contain("Neither side of acme knows product “no-such-product”");
    }

    private static string Text(string html) => HtmlEntity.DeEntitize(DashboardHttpClient.Parse(html).DocumentNode.SelectSingleNode("//main")!.InnerText);

    /// <summary>The resyncs of acme the section has queued, in any state (their key names where they came from).</summary>
    private async Task<List<JobSummary>> ResyncJobsAsync()
    {
        var monitor = host.Cms.Services.GetRequiredService<IJobMonitor>();
        var jobs = new List<JobSummary>();
        foreach (var state in Enum.GetValues<JobState>()) jobs.AddRange((await monitor.ListAsync(state, "sync.resync:acme:", 1, 500)).Items);
        return jobs;
    }
}
