using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Rest.Tests;

/// <summary>POST /v2/element-instances/search on the embedded engine, through our C# client over real HTTP.</summary>
public sealed class ElementInstanceSearchTests(EngineHost host) : IClassFixture<EngineHost>
{
    private static ActivateJobsRequest Activation(string type) => new()
    {
        Type = type, Worker = "tests", Timeout = TimeSpan.FromMinutes(1), MaxJobsToActivate = 1, RequestTimeout = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public async Task SearchElementInstances_InstanceWithIncident_ListsCompletedAndActiveRunsWithKeys()
    {
        await using var services = host.Client();
        var camunda = services.GetRequiredService<CamundaClient>();
        var bpmn = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Processes", "two-tasks.bpmn"));
        await camunda.DeployAsync([("two-tasks.bpmn", bpmn)]);
        var created = await camunda.CreateProcessInstanceAsync(CreateProcessInstanceRequest.ById("two-tasks", new JsonObject()));
        var first = (await camunda.ActivateJobsAsync(Activation("rest.first"))).Should().ContainSingle().Subject;
        await camunda.CompleteJobAsync(first.JobKey);
        var second = (await camunda.ActivateJobsAsync(Activation("rest.second"))).Should().ContainSingle().Subject;
        await camunda.FailJobAsync(second.JobKey, retries: 0, errorMessage: "Carrier down");
        var incident = (await camunda.SearchIncidentsAsync(new IncidentFilter { ProcessInstanceKey = created.ProcessInstanceKey })).Items.Single();

        var all = await camunda.SearchElementInstancesAsync(new ElementInstanceFilter { ProcessInstanceKey = created.ProcessInstanceKey });
        var active = await camunda.SearchElementInstancesAsync(new ElementInstanceFilter { ProcessInstanceKey = created.ProcessInstanceKey, State = "ACTIVE" });

        all.Items.Select(e => (e.ElementId, e.Type, e.State)).Should().Equal(
            ("Start", "START_EVENT", "COMPLETED"), ("First", "SERVICE_TASK", "COMPLETED"), ("Second", "SERVICE_TASK", "ACTIVE"));
        all.Page.TotalItems.Should().Be(3);
        all.Items.Should().OnlyContain(e => e.ProcessInstanceKey == created.ProcessInstanceKey && e.ProcessDefinitionId == "two-tasks");
        all.Items[0].ElementInstanceKey.Should().BeNegative("the engine keeps no key for a start event's run");
        all.Items[1].ElementInstanceKey.Should().Be(first.ElementInstanceKey);
        all.Items[1].EndDate.Should().NotBeNull();
        var failing = active.Items.Should().ContainSingle().Subject;
        (failing.ElementId, failing.ElementInstanceKey, failing.HasIncident, failing.IncidentKey)
            .Should().Be(("Second", second.ElementInstanceKey, true, incident.IncidentKey));
        failing.EndDate.Should().BeNull();
    }

    [Fact]
    public async Task SearchElementInstances_WithoutProcessInstanceKey_IsRefusedNamingTheField()
    {
        await using var services = host.Client();
        var camunda = services.GetRequiredService<CamundaClient>();

        var thrown = await FluentActions.Awaiting(() => camunda.SearchElementInstancesAsync(new ElementInstanceFilter { State = "ACTIVE" }))
            .Should().ThrowAsync<CamundaBadRequestException>();

        thrown.Which.Problem.Detail.Should().Contain("processInstanceKey");
    }

    [Fact]
    public async Task SearchElementInstances_UnknownInstance_IsEmpty()
    {
        await using var services = host.Client();

        var result = await services.GetRequiredService<CamundaClient>()
            .SearchElementInstancesAsync(new ElementInstanceFilter { ProcessInstanceKey = 2251799813999997 });

        (result.Items.Count, result.Page.TotalItems).Should().Be((0, 0));
    }
}
