using System.Net;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

public sealed class DashboardSecurityTests(DashboardHostFixture fixture) : IClassFixture<DashboardHostFixture>
{
    private DashboardTestHost Host => fixture.Host;

    [Theory]
    [InlineData("/jobs/")]
    [InlineData("/jobs/state/deadlettered?search=x")]
    [InlineData("/jobs/recurring")]
    public async Task GetPage_WithoutSignIn_RedirectsBrowserToLogin(string path)
    {
        using var client = Host.CreateClient();

        var response = await client.GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/jobs/login?returnUrl=" + Uri.EscapeDataString(path));
    }

    [Fact]
    public async Task GetStats_WithoutSignIn_Returns401()
    {
        using var client = Host.CreateClient();

        var response = await client.GetJsonAsync("/jobs/api/stats");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer");
    }

    [Fact]
    public async Task GetStats_WithWrongBearerToken_Returns401()
    {
        using var client = Host.CreateClient();

        var response = await client.GetJsonAsync("/jobs/api/stats", bearer: DashboardTestHost.Token + "x");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetStats_WithBearerToken_ReturnsCountersPerState()
    {
        using var client = Host.CreateClient();
        var id = await Host.DeadLetterAsync("stats");

        var response = await client.GetJsonAsync("/jobs/api/stats", bearer: DashboardTestHost.Token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stats = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        stats["byState"]!["deadlettered"]!.GetValue<long>().Should().BeGreaterThanOrEqualTo(1, $"job #{id} is dead-lettered");
        stats["lastHour"]!.AsArray().Sum(bucket => bucket!["failed"]!.GetValue<long>()).Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Login_WithWrongToken_IsRefusedAndSetsNoSessionCookie()
    {
        using var client = Host.CreateClient();

        var response = await client.LoginAsync("not-the-token");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("not the ops token");
        client.Cookies.GetCookies(Host.Address).Should().NotContain(c => c.Name == "JobsDashboard");
        (await client.GetPageAsync("/jobs/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Login_WithToken_SetsHttpOnlyStrictCookieAndOpensDashboard()
    {
        using var client = Host.CreateClient();

        var response = await client.LoginAsync(DashboardTestHost.Token);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/jobs/");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("JobsDashboard=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict").And.Contain("path=/jobs");
        var overview = await client.GetPageAsync("/jobs/");
        overview.StatusCode.Should().Be(HttpStatusCode.OK);
        overview.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_Returns400()
    {
        using var client = Host.CreateClient();
        await client.GetPageAsync("/jobs/login");

        var response = await client.PostFormAsync("/jobs/login", [new("token", DashboardTestHost.Token)]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        client.Cookies.GetCookies(Host.Address).Should().NotContain(c => c.Name == "JobsDashboard");
    }

    [Fact]
    public async Task Requeue_WithoutAntiforgeryToken_Returns400AndLeavesJobDeadLettered()
    {
        using var client = Host.CreateClient();
        var id = await Host.DeadLetterAsync("no antiforgery");
        await client.LoginAsync(DashboardTestHost.Token);

        var response = await client.PostFormAsync($"/jobs/job/{id}/requeue", []);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Host.Monitor.GetAsync(id))!.Job.State.Should().Be(JobState.DeadLettered);
    }

    [Fact]
    public async Task Requeue_WithoutSignIn_Returns401AndLeavesJobDeadLettered()
    {
        using var client = Host.CreateClient();
        var id = await Host.DeadLetterAsync("anonymous requeue");
        var antiforgery = await client.GetAntiforgeryTokenAsync("/jobs/login");

        var response = await client.PostFormAsync($"/jobs/job/{id}/requeue", [new(DashboardHttpClient.AntiforgeryField, antiforgery)]);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Host.Monitor.GetAsync(id))!.Job.State.Should().Be(JobState.DeadLettered);
    }

    [Fact]
    public async Task Logout_WithAntiforgeryToken_EndsTheSession()
    {
        using var client = Host.CreateClient();
        await client.LoginAsync(DashboardTestHost.Token);

        var response = await client.PostWithAntiforgeryAsync("/jobs/", "/jobs/logout");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetPageAsync("/jobs/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/jobs/")]
    [InlineData("/other")]
    public async Task Login_WithForeignReturnUrl_RedirectsInsideTheDashboard(string returnUrl)
    {
        using var client = Host.CreateClient();
        var antiforgery = await client.GetAntiforgeryTokenAsync("/jobs/login");

        var response = await client.PostFormAsync("/jobs/login",
            [new(DashboardHttpClient.AntiforgeryField, antiforgery), new("token", DashboardTestHost.Token), new("returnUrl", returnUrl)]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/jobs/");
    }
}
