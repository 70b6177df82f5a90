using System.Net;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

public sealed class DashboardLockoutTests
{
    [Fact]
    public async Task Login_AfterFiveWrongTokens_RefusesEvenTheRightTokenForAMinute()
    {
        var time = new OffsetTimeProvider();
        await using var host = await DashboardTestHost.StartAsync(workers: false, time: time);
        using var client = host.CreateClient();
        for (var i = 0; i < 5; i++) (await client.LoginAsync("guess-" + i)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var locked = await client.LoginAsync(DashboardTestHost.Token);
        var lockedBearer = await client.GetJsonAsync("/jobs/api/stats", bearer: DashboardTestHost.Token);
        time.Offset = TimeSpan.FromSeconds(61);
        var afterMinute = await client.LoginAsync(DashboardTestHost.Token);

        locked.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await locked.Content.ReadAsStringAsync()).Should().Contain("Too many wrong tokens");
        lockedBearer.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        afterMinute.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Bearer_WithWrongTokens_CountsTowardsTheLockout()
    {
        await using var host = await DashboardTestHost.StartAsync(workers: false);
        using var client = host.CreateClient();
        for (var i = 0; i < 5; i++) await client.GetJsonAsync("/jobs/api/stats", bearer: "guess-" + i);

        var response = await client.GetJsonAsync("/jobs/api/stats", bearer: DashboardTestHost.Token);

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }
}
