using System.Net;
using System.Text.Json;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

public sealed class DashboardPagesTests(DashboardHostFixture fixture) : IClassFixture<DashboardHostFixture>
{
    private const string Script = "<script>alert('x')</script>";

    private DashboardTestHost Host => fixture.Host;

    [Fact]
    public async Task DeadLetterList_WithMarkupInTypeKeyAndPayload_RendersItEncoded()
    {
        using var client = await SignedInClientAsync();
        var marker = Guid.NewGuid().ToString("N");
        await Host.DeadLetterAsync(Script, key: $"{marker}{Script}", type: AlwaysFailingHandler.ScriptJobType);

        var html = await (await client.GetPageAsync($"/jobs/state/deadlettered?search={marker}")).Content.ReadAsStringAsync();

        html.Should().NotContain("<script>alert");
        html.Should().Contain("test.&lt;script&gt;alert(&#x27;type&#x27;)&lt;/script&gt;");
        html.Should().Contain($"{marker}&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
        html.Should().Contain("1 job");
    }

    [Fact]
    public async Task Detail_OfDeadLetter_ShowsEncodedPayloadHistoryAndException()
    {
        using var client = await SignedInClientAsync();
        var id = await Host.DeadLetterAsync(Script);

        var html = await (await client.GetPageAsync($"/jobs/job/{id}")).Content.ReadAsStringAsync();

        html.Should().NotContain("<script>alert");
        html.Should().Contain("&quot;Note&quot;: &quot;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&quot;", "the payload is pretty-printed and encoded");
        html.Should().Contain("Last exception").And.Contain("NonRetryableJobException").And.Contain("Refused on purpose");
        var history = DashboardHttpClient.Parse(html).DocumentNode.SelectNodes("//table[@class='history']/tbody/tr")!;
        history.Should().HaveCountGreaterThanOrEqualTo(3, "enqueued, processing and dead-lettered are all recorded");
        history[0].InnerText.Should().Contain("Dead letters");
    }

    [Fact]
    public async Task List_WithSearchAndPageSize_PagesThroughMatchingJobsOnly()
    {
        using var client = await SignedInClientAsync();
        var marker = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 5; i++)
            await Host.Client.EnqueueAsync(SucceedingHandler.JobType, JsonSerializer.SerializeToNode(new TestPayload("later")),
                new JobOptions(IdempotencyKey: $"{marker}-{i}", Delay: TimeSpan.FromHours(1)));
        await Host.Client.EnqueueAsync(SucceedingHandler.JobType, JsonSerializer.SerializeToNode(new TestPayload("other")),
            new JobOptions(IdempotencyKey: "unrelated-" + marker[..8], Delay: TimeSpan.FromHours(1)));

        var first = await client.GetDocumentAsync($"/jobs/state/scheduled?search={marker}&size=2");
        var last = await client.GetDocumentAsync($"/jobs/state/scheduled?search={marker}&size=2&page=3");

        Keys(first).Should().HaveCount(2).And.OnlyContain(key => key.StartsWith(marker + "-"));
        first.DocumentNode.InnerText.Should().Contain("5 jobs").And.Contain("page 1 of 3");
        Keys(last).Should().ContainSingle().Which.Should().Be($"{marker}-0", "the list is newest first");
        first.DocumentNode.SelectSingleNode("//a[@rel='next']")!.GetAttributeValue("href", "").Should().Contain("page=2").And.Contain("size=2");
    }

    [Fact]
    public async Task Detail_OfUnknownJob_Returns404()
    {
        using var client = await SignedInClientAsync();

        var response = await client.GetPageAsync("/jobs/job/987654321");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_WithAntiforgeryToken_DeletesTheJobWithTheDashboardReason()
    {
        using var client = await SignedInClientAsync();
        var id = await Host.Client.EnqueueAsync(SucceedingHandler.JobType, JsonSerializer.SerializeToNode(new TestPayload("delete me")),
            new JobOptions(Delay: TimeSpan.FromHours(1)));

        var response = await client.PostWithAntiforgeryAsync($"/jobs/job/{id}", $"/jobs/job/{id}/delete");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be($"/jobs/job/{id}?done=deleted");
        var detail = (await Host.Monitor.GetAsync(id))!;
        detail.Job.State.Should().Be(JobState.Deleted);
        detail.History.Should().Contain(r => r.State == JobState.Deleted && r.Reason!.Contains("jobs dashboard"));
    }

    [Fact]
    public async Task RequeueAllDeadLetters_OfAType_RequeuesEveryOneOfThem()
    {
        using var client = await SignedInClientAsync();
        var ids = new[] { await Host.DeadLetterAsync("bulk 1", type: AlwaysFailingHandler.BulkJobType), await Host.DeadLetterAsync("bulk 2", type: AlwaysFailingHandler.BulkJobType) };

        var response = await client.PostWithAntiforgeryAsync("/jobs/state/deadlettered", "/jobs/dead-letters/requeue", ("type", AlwaysFailingHandler.BulkJobType));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().StartWith("/jobs/state/deadlettered?done=requeued-all&count=");
        foreach (var id in ids)
            (await Host.Monitor.GetAsync(id))!.History.Should().Contain(r => r.State == JobState.Enqueued && r.Reason!.Contains("all dead letters of its type"));
    }

    [Fact]
    public async Task Recurring_TriggerNow_ShowsTheScheduleAndEnqueuesARun()
    {
        using var client = await SignedInClientAsync();
        var recurringId = "nightly-" + Guid.NewGuid().ToString("N")[..8];
        await Host.Client.AddOrUpdateRecurringAsync(recurringId, SucceedingHandler.JobType, "0 0 3 * * ?", "Europe/Paris",
            JsonSerializer.SerializeToNode(new TestPayload("nightly")));

        var page = await client.GetDocumentAsync("/jobs/recurring");
        var response = await client.PostWithAntiforgeryAsync("/jobs/recurring", $"/jobs/recurring/{recurringId}/trigger");

        var row = page.DocumentNode.SelectNodes("//table[@class='recurring']/tbody/tr")!.Single(tr => tr.InnerText.Contains(recurringId));
        row.InnerText.Should().Contain("0 0 3 * * ?").And.Contain("Europe/Paris").And.Contain("in ");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.Should().MatchRegex(@"^/jobs/job/\d+\?done=triggered$");
        var jobId = long.Parse(location["/jobs/job/".Length..location.IndexOf('?')]);
        (await Host.Monitor.GetAsync(jobId))!.Job.Type.Should().Be(SucceedingHandler.JobType);
    }

    [Fact]
    public async Task Servers_WithWorkersRunning_ShowsAFreshHeartbeat()
    {
        using var client = await SignedInClientAsync();

        var page = await client.GetDocumentAsync("/jobs/servers");

        var rows = page.DocumentNode.SelectNodes("//table[@class='servers']/tbody/tr");
        rows.Should().NotBeNull().And.HaveCountGreaterThanOrEqualTo(1);
        rows!.First().GetAttributeValue("class", "x").Should().BeEmpty("a live server is not stale");
        rows!.First().InnerText.Should().Contain(Environment.MachineName);
    }

    [Fact]
    public async Task Overview_SignedIn_ShowsCountersAndTheGraphData()
    {
        using var client = await SignedInClientAsync();
        await Host.DeadLetterAsync("overview");

        var page = await client.GetDocumentAsync("/jobs");

        var count = page.DocumentNode.SelectSingleNode("//span[@data-count='deadlettered']")!.InnerText;
        long.Parse(count).Should().BeGreaterThanOrEqualTo(1);
        var graph = page.DocumentNode.SelectSingleNode("//svg[@id='graph']")!;
        graph.GetAttributeValue("data-src", "").Should().Be("/jobs/api/stats");
        var stats = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(graph.GetAttributeValue("data-stats", "")));
        stats.RootElement.GetProperty("byState").GetProperty("deadlettered").GetInt64().Should().BeGreaterThanOrEqualTo(1);
    }

    private static IEnumerable<string> Keys(HtmlAgilityPack.HtmlDocument page) =>
        page.DocumentNode.SelectNodes("//table[@class='jobs']/tbody/tr/td[@class='key']")?.Select(td => System.Net.WebUtility.HtmlDecode(td.InnerText)) ?? [];

    private async Task<DashboardHttpClient> SignedInClientAsync()
    {
        var client = Host.CreateClient();
        (await client.LoginAsync(DashboardTestHost.Token)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }
}
