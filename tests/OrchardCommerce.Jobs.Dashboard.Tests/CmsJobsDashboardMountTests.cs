using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Shells;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>
/// Cms.Web runs the jobs engine in-process by default (the embedded default) and mounts /jobs on its Default
/// tenant only; with Jobs:InProcess=false (production: Sync.Daemon processes) there is no /jobs at all.
/// </summary>
public sealed class CmsJobsDashboardMountTests
{
    [Fact]
    public async Task Jobs_EngineNotInProcess_IsNotMounted()
    {
        await using var host = await CmsTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Jobs:InProcess"] = "false" });
        using var client = host.CreateClient();

        var response = await client.GetAsync("/jobs/login");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        host.Services.GetService<IJobClient>().Should().BeNull();
    }

    [Fact]
    public async Task Jobs_EmbeddedDefault_ServesTheDashboardOnTheDefaultTenantOnly()
    {
        await using var host = await CmsTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Jobs:DashboardToken"] = DashboardTestHost.Token });
        await host.Services.GetRequiredService<ShellHost>().SaveAsync(new ShellSettings
        {
            Name = "shop", State = ShellState.Running, RequestUrlHosts = ["shop.localhost"], CreatedUtc = DateTime.UtcNow,
        });
        using var client = new DashboardHttpClient(host.Address);

        var login = await client.GetPageAsync("/jobs/login");
        var overview = await client.GetPageAsync("/jobs/");
        var stats = await client.GetJsonAsync("/jobs/api/stats", bearer: DashboardTestHost.Token);
        using var tenant = host.CreateClient("shop.localhost");
        var onTenant = await tenant.GetAsync("/jobs/login");

        login.StatusCode.Should().Be(HttpStatusCode.OK);
        overview.StatusCode.Should().Be(HttpStatusCode.Redirect);
        stats.StatusCode.Should().Be(HttpStatusCode.OK);
        onTenant.StatusCode.Should().Be(HttpStatusCode.NotFound);
        File.Exists(Path.Combine(host.AppDataPath, "jobs.db")).Should().BeTrue("the embedded engine keeps its queue beside the tenants' data");
    }
}
