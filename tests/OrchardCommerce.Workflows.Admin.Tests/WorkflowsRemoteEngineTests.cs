using System.Net;
using OrchardCommerce.Jobs.Dashboard.Tests;
using OrchardCommerce.Workflows.Admin.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Admin.Tests;

/// <summary>
/// The section in a daemon-like host whose engine is another process (as Sync.Daemon against a cluster): it reads and
/// retries only through the standard /v2 API.
/// </summary>
[Collection(WorkflowsAdminCollection.Name)]
public sealed class WorkflowsRemoteEngineTests(WorkflowsAdminHost host)
{
    [Fact]
    public async Task DaemonLikeHost_ListsTheRemoteInstanceAndRetryResolvesItsIncident()
    {
        var instance = await host.StartWithIncidentAsync();
        await using var daemon = await RemoteDashboardHost.StartAsync(new Uri(host.Cms.Address, "engine"), host.EngineToken);
        using var client = new DashboardHttpClient(daemon.Address);
        await client.LoginAsync(WorkflowsAdminHost.OpsToken);

        var list = await client.GetDocumentAsync("/jobs/workflows?state=incident");
        var progress = await client.GetJsonAsync($"{instance.Page}/progress");
        var retry = await client.PostWithAntiforgeryAsync(instance.Page, $"/jobs/workflows/incidents/{instance.IncidentKey}/retry",
            ("instance", instance.ProcessInstanceKey.ToString()));

        list.DocumentNode.SelectSingleNode($"//table[@class='instances']//a[@href='{instance.Page}']").Should().NotBeNull();
        progress.StatusCode.Should().Be(HttpStatusCode.OK);
        retry.Headers.Location!.OriginalString.Should().Be($"{instance.Page}?done=retried&incident={instance.IncidentKey}");
        (await host.TryActivateAsync(instance.FailJobType))!.JobKey.Should().Be(instance.FailJobKey);
    }
}
