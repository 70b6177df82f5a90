using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Rest.Tests;

/// <summary>Our C# client against the embedded engine, over real HTTP: the calls the daemon's workers and ops make.</summary>
public sealed class CamundaClientEngineTests(EngineHost host) : IClassFixture<EngineHost>
{
    private static ActivateJobsRequest Activation(string type) => new()
    {
        Type = type, Worker = "tests", Timeout = TimeSpan.FromMinutes(1), MaxJobsToActivate = 5, RequestTimeout = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public async Task JobOutOfRetries_IncidentRaisedResolvedThenInstanceCompletes()
    {
        await using var services = host.Client();
        var camunda = services.GetRequiredService<CamundaClient>();
        var bpmn = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Processes", "two-tasks.bpmn"));
        await camunda.DeployAsync([("two-tasks.bpmn", bpmn)]);
        var created = await camunda.CreateProcessInstanceAsync(CreateProcessInstanceRequest.ById("two-tasks", new JsonObject { ["sku"] = "BAG-1" }));

        var first = (await camunda.ActivateJobsAsync(Activation("rest.first"))).Should().ContainSingle().Subject;
        await camunda.FailJobAsync(first.JobKey, retries: 0, errorMessage: "Payment provider down");
        var incident = (await camunda.SearchIncidentsAsync(new IncidentFilter { ProcessInstanceKey = created.ProcessInstanceKey })).Items
            .Should().ContainSingle().Subject;
        await camunda.UpdateJobAsync(first.JobKey, retries: 1);
        await camunda.ResolveIncidentAsync(incident.IncidentKey);
        var again = (await camunda.ActivateJobsAsync(Activation("rest.first"))).Should().ContainSingle().Subject;
        await camunda.CompleteJobAsync(again.JobKey, new JsonObject { ["reserved"] = true });
        var second = (await camunda.ActivateJobsAsync(Activation("rest.second"))).Should().ContainSingle().Subject;
        await camunda.CompleteJobAsync(second.JobKey);

        (incident.ErrorType, incident.ErrorMessage).Should().Be(("JOB_NO_RETRIES", "Payment provider down"));
        (again.JobKey, again.Retries).Should().Be((first.JobKey, 1));
        ((string)second.Variables["sku"]!, (bool)second.Variables["reserved"]!).Should().Be(("BAG-1", true));
        var instance = await camunda.GetProcessInstanceAsync(created.ProcessInstanceKey);
        (instance.State, instance.HasIncident).Should().Be(("COMPLETED", false));
    }

    [Fact]
    public async Task UnknownJobOrProcess_TypedExceptionsCarryTheProblem()
    {
        await using var services = host.Client();
        var camunda = services.GetRequiredService<CamundaClient>();

        var job = await FluentActions.Awaiting(() => camunda.CompleteJobAsync(2251799813999998)).Should().ThrowAsync<CamundaNotFoundException>();
        var process = await FluentActions.Awaiting(() => camunda.CreateProcessInstanceAsync(CreateProcessInstanceRequest.ById("nowhere")))
            .Should().ThrowAsync<CamundaNotFoundException>();

        job.Which.Problem.Title.Should().Be("NOT_FOUND");
        process.Which.Problem.Detail.Should().Contain("process ID 'nowhere'");
    }

    [Fact]
    public async Task WrongToken_Unauthorized()
    {
        await using var services = host.Client(options => options.BearerToken = "wrong");

        await FluentActions.Awaiting(() => services.GetRequiredService<CamundaClient>().GetTopologyAsync())
            .Should().ThrowAsync<CamundaUnauthorizedException>();
    }
}
