using Microsoft.Playwright;
using OrchardCommerce.Testing.Browser;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>The dashboard in a real headless Chromium (Debian's; test.sh installs it): sign in, find the dead letter, requeue it.</summary>
public sealed class DashboardBrowserTests(DashboardHostFixture fixture) : IClassFixture<DashboardHostFixture>
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private DashboardTestHost Host => fixture.Host;

    [Fact]
    public async Task RequeueButton_OnDeadLetteredJob_RequeuesItThroughTheStateMachine()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"the browser test drives Debian's Chromium at {ChromiumPath}; install it with `apt-get install chromium` (test.sh does)");
        var marker = Guid.NewGuid().ToString("N")[..12];
        var id = await Host.DeadLetterAsync($"browser <b>{marker}</b>", key: "order-" + marker);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = Host.Address.ToString().TrimEnd('/'), ViewportSize = new() { Width = 1280, Height = 900 } });
        // The suite runs its test projects in parallel on small CI machines; a starved browser needs more than 30 s.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") scriptErrors.Add(message.Text); };

        await page.GotoAsync("/jobs/state/deadlettered");
        page.Url.Should().Contain("/jobs/login", "an anonymous browser is sent to the login form");
        await page.FillAsync("#token", DashboardTestHost.Token);
        await page.ClickAsync("button[type=submit]:has-text('Sign in')");
        await BrowserPages.ArrivedAtAsync(page, "/jobs/state/deadlettered");
        await page.FillAsync("input[name=search]", marker);
        await page.ClickAsync("form.search button");
        await BrowserPages.ArrivedAtAsync(page, $"/jobs/state/deadlettered?search={marker}");
        await page.Locator($"a[href='/jobs/job/{id}']").WaitForAsync();
        await Screenshot(page, "dead-letter-list.png");
        await page.ClickAsync($"a[href='/jobs/job/{id}']");
        await BrowserPages.ArrivedAtAsync(page, $"/jobs/job/{id}");
        (await page.InnerTextAsync("pre.json")).Should().Contain($"<b>{marker}</b>", "the payload shows as text, not markup");
        await Screenshot(page, "job-detail-dead-lettered.png");
        await page.ClickAsync("button:text-is('Requeue')");
        await BrowserPages.ArrivedAtAsync(page, $"/jobs/job/{id}?done=requeued");

        (await page.InnerTextAsync("p.flash")).Should().Contain("requeued");
        var detail = await Host.WaitForStateAsync(id, JobState.DeadLettered,
            also: d => d.History.Count(r => r.State == JobState.DeadLettered) >= 2);
        detail.History.Should().Contain(r => r.State == JobState.Enqueued && r.Reason!.StartsWith("Requeued from the jobs dashboard"),
            "the dashboard's Requeue goes through IJobClient and the state machine records why");
        detail.History.Count(r => r.State == JobState.Processing).Should().BeGreaterThanOrEqualTo(2, "the requeued job ran again");
        await page.GotoAsync("/jobs/");
        await page.WaitForSelectorAsync("#graph polyline.failed", new() { State = WaitForSelectorState.Attached });
        await Screenshot(page, "overview.png");
        await page.ReloadAsync();
        await page.GotoAsync($"/jobs/job/{id}");
        await Screenshot(page, "job-detail-after-requeue.png");
        scriptErrors.Should().BeEmpty("the pages' script runs under the content security policy without errors");
    }

    private static Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
    }
}
