using System.Net;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>The detail page's history when records share a timestamp (a fast job is claimed and fails in one millisecond).</summary>
public sealed class DashboardHistoryOrderTests
{
    [Fact]
    public async Task Detail_RecordsAtTheSameInstant_ShowNewestFirstInTheOrderTheyHappened()
    {
        await using var host = await DashboardTestHost.StartAsync(time: new FrozenTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));
        using var client = host.CreateClient();
        (await client.LoginAsync(DashboardTestHost.Token)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await host.DeadLetterAsync("same instant");

        var page = await client.GetDocumentAsync($"/jobs/job/{id}");

        var states = page.DocumentNode.SelectNodes("//table[@class='history']/tbody/tr/td[2]")!.Select(cell => cell.InnerText.Trim()).ToList();
        states.Should().Equal(["Dead letters", "Processing", "Enqueued"], "every record has the same time, so only the order they were written in tells them apart");
    }

    /// <summary>"Now" never moves; timers still run on real time, so the workers poll as usual.</summary>
    private sealed class FrozenTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
