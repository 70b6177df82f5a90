using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Jobs.Dashboard.Tests;
using OrchardCommerce.Workflows.Client;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Workflows.Admin.Tests.Infrastructure;

/// <summary>
/// Cms.Web as in the embedded default (engine, in-process daemon, /jobs with its Workflows section) with a known
/// ops token and engine token, plus a CamundaClient of the test's own to deploy, start and drive instances.
/// </summary>
public sealed class WorkflowsAdminHost : IAsyncLifetime
{
    public const string OpsToken = "ops-token-for-the-workflows-admin-tests";

    private ServiceProvider _services = null!;

    public string EngineToken { get; } = "engine_" + Guid.NewGuid().ToString("N");
    public CmsTestHost Cms { get; private set; } = null!;
    public CamundaClient Camunda => _services.GetRequiredService<CamundaClient>();

    public async Task InitializeAsync()
    {
        Cms = await CmsTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Jobs:DashboardToken"] = OpsToken,
            ["Workflows:Engine:Token"] = EngineToken,
        });
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCamundaClient(options =>
        {
            options.RestAddress = new Uri(Cms.Address, "engine").ToString();
            options.AuthMode = CamundaAuthMode.Bearer;
            options.BearerToken = EngineToken;
        });
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Cms.DisposeAsync();
    }

    /// <summary>A browser-like client of the dashboard, signed in unless told otherwise.</summary>
    public async Task<DashboardHttpClient> DashboardAsync(bool signedIn = true)
    {
        var client = new DashboardHttpClient(Cms.Address);
        if (signedIn) (await client.LoginAsync(OpsToken)).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>
    /// A fresh process of its own (so no other test's worker takes its jobs): First completed, then Wait active and
    /// Fail failed without retries, which raises an incident whose message holds markup.
    /// </summary>
    public async Task<TestInstance> StartWithIncidentAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var template = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Processes", "admin-fork.bpmn"));
        await Camunda.DeployAsync([($"admin-fork-{id}.bpmn", Encoding.UTF8.GetBytes(template.Replace("__ID__", id)))]);
        var orderId = "ORD-" + id;
        var created = await Camunda.CreateProcessInstanceAsync(CreateProcessInstanceRequest.ById($"admin-fork-{id}",
            new JsonObject { ["tenant"] = "acme", ["orderId"] = orderId, ["note"] = "<b>fragile</b>" }));
        var first = await ActivateOneAsync($"admin.{id}.first");
        await Camunda.CompleteJobAsync(first.JobKey);
        var fail = await ActivateOneAsync($"admin.{id}.fail");
        await Camunda.FailJobAsync(fail.JobKey, retries: 0, errorMessage: "Carrier <b>down</b>");
        var incident = (await Camunda.SearchIncidentsAsync(new IncidentFilter { ProcessInstanceKey = created.ProcessInstanceKey, State = "ACTIVE" }))
            .Items.Should().ContainSingle().Subject;
        return new TestInstance(id, created.ProcessInstanceKey, created.ProcessDefinitionKey, incident.IncidentKey, fail.JobKey, orderId);
    }

    /// <summary>Activates the one job of a type, or null when none is activatable (a short long-poll).</summary>
    public async Task<ActivatedJob?> TryActivateAsync(string type) =>
        (await Camunda.ActivateJobsAsync(new ActivateJobsRequest
        {
            Type = type, Worker = "admin-tests", Timeout = TimeSpan.FromMinutes(5), MaxJobsToActivate = 1, RequestTimeout = TimeSpan.FromSeconds(2),
        })).SingleOrDefault();

    private async Task<ActivatedJob> ActivateOneAsync(string type) =>
        await TryActivateAsync(type) ?? throw new InvalidOperationException($"No job of type {type} was activatable.");
}
