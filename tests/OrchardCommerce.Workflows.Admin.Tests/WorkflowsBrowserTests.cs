using Microsoft.Playwright;
using OrchardCommerce.Testing.Browser;
using OrchardCommerce.Workflows.Admin.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Admin.Tests;

/// <summary>
/// An instance page in a real headless Chromium (Debian's; test.sh installs it) under the page's strict nonce CSP:
/// sign in, the diagram renders with the instance's progress, and the incident overlay's Retry resolves the incident.
/// </summary>
[Collection(WorkflowsAdminCollection.Name)]
public sealed class WorkflowsBrowserTests(WorkflowsAdminHost host)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task InstancePage_DiagramShowsProgressAndRetryResolvesTheIncident()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"the browser test drives Debian's Chromium at {ChromiumPath}; install it with `apt-get install chromium` (test.sh does)");
        var instance = await host.StartWithIncidentAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = host.Cms.Address.ToString().TrimEnd('/'), ViewportSize = new() { Width = 1400, Height = 1000 } });
        // The suite runs its test projects in parallel on small CI machines; a starved browser needs more than 30 s.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
            """);

        await page.GotoAsync(instance.Page);
        page.Url.Should().Contain("/jobs/login", "an anonymous browser is sent to the login form");
        await page.FillAsync("#token", WorkflowsAdminHost.OpsToken);
        await page.ClickAsync("button[type=submit]:has-text('Sign in')");
        await BrowserPages.ArrivedAtAsync(page, instance.Page);
        await page.WaitForSelectorAsync(".oc-instance-view[data-state]", new() { State = WaitForSelectorState.Attached });
        var state = await page.GetAttributeAsync(".oc-instance-view", "data-state");
        var markers = await MarkersAsync(page);
        var overlay = page.Locator(".djs-overlays[data-container-id='Fail'] .oc-incident-overlay");
        var overlayText = await overlay.InnerTextAsync();
        await Screenshot(page, "instance-with-incident.png");

        await overlay.Locator("button.oc-retry").ClickAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('.djs-element[data-element-id=\"Fail\"]').classList.contains('oc-incident')");
        var after = await MarkersAsync(page);
        var status = await page.InnerTextAsync(".oc-instance-status");
        await Screenshot(page, "instance-after-retry.png");

        state.Should().Be("ready", await page.InnerTextAsync(".oc-instance-status"));
        markers["Start"].Should().Contain("oc-completed");
        markers["First"].Should().Contain("oc-completed");
        markers["F1"].Should().Contain("oc-completed", "a taken flow is drawn as completed");
        markers["Wait"].Should().Contain("oc-active").And.NotContain("oc-incident");
        markers["Fail"].Should().Contain("oc-active").And.Contain("oc-incident");
        markers["End"].Should().NotContain("oc-completed").And.NotContain("oc-active");
        markers["F5"].Should().NotContain("oc-completed");
        overlayText.Should().Contain("JOB_NO_RETRIES").And.Contain("Carrier <b>down</b>", "the message is text, not markup");
        after["Fail"].Should().Contain("oc-active").And.NotContain("oc-incident");
        (await page.Locator(".oc-incident-overlay").CountAsync()).Should().Be(0);
        status.Should().Contain($"Retry requested for incident {instance.IncidentKey}");
        (await host.Camunda.GetIncidentAsync(instance.IncidentKey)).State.Should().Be("RESOLVED");
        (await host.TryActivateAsync(instance.FailJobType))!.JobKey.Should().Be(instance.FailJobKey, "the retried job is activatable again");
        (await page.IsVisibleAsync(".bjs-powered-by")).Should().BeTrue("the bpmn.io watermark stays visible (licence)");
        problems.Should().BeEmpty("the page runs under its content security policy without errors");
    }

    /// <summary>The CSS classes of every drawn element, by BPMN id.</summary>
    private static async Task<Dictionary<string, string>> MarkersAsync(IPage page) =>
        await page.EvaluateAsync<Dictionary<string, string>>("""
            () => Object.fromEntries([...document.querySelectorAll('.djs-element[data-element-id]')]
              .map(e => [e.getAttribute('data-element-id'), e.getAttribute('class')]))
            """);

    private static Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
    }
}
