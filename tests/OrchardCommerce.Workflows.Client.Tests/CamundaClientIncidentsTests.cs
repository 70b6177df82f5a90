using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Wire format of incidents and user tasks (reference §2.14–2.15).</summary>
public sealed class CamundaClientIncidentsTests : IClassFixture<TestServerFixture>, IAsyncLifetime
{
    private const string IncidentJson = """
        {"incidentKey":"40","processDefinitionId":"order","processDefinitionKey":"17","processInstanceKey":"18",
         "errorType":"JOB_NO_RETRIES","errorMessage":"card declined","elementId":"verify","elementInstanceKey":"19",
         "creationTime":"2025-03-01T10:10:11.123Z","state":"ACTIVE","jobKey":"5","tenantId":"<default>"}
        """;

    private readonly CamundaTestServer _server;
    private readonly TestClient _client;

    public CamundaClientIncidentsTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _client = TestClient.Create(_server.RestAddress);
    }

    [Fact]
    public async Task ResolveIncident_Key_PostsResolution()
    {
        _server.Route("POST", "/v2/incidents/*/resolution", ScriptedResponse.NoContent());

        await _client.Client.ResolveIncidentAsync(40);

        _server.Single("POST", "/v2/incidents/40/resolution").Body.Should().BeEmpty();
    }

    [Fact]
    public async Task GetIncident_Key_ReadsAllFields()
    {
        _server.Route("GET", "/v2/incidents/40", ScriptedResponse.Json(JsonNode.Parse(IncidentJson)!));

        var incident = await _client.Client.GetIncidentAsync(40);

        incident.Should().Be(new Incident(40, "order", 17, 18, "JOB_NO_RETRIES", "card declined", "verify", 19,
            new DateTimeOffset(2025, 3, 1, 10, 10, 11, 123, TimeSpan.Zero), "ACTIVE", 5, "<default>"));
    }

    [Fact]
    public async Task SearchIncidents_FilterAndOffsetPage_SendsWireShape()
    {
        _server.Route("POST", "/v2/incidents/search", ScriptedResponse.Json(JsonNode.Parse("{\"items\":[" + IncidentJson + "],\"page\":{\"totalItems\":1}}")!));

        var result = await _client.Client.SearchIncidentsAsync(new IncidentFilter { ProcessInstanceKey = 18, State = "ACTIVE" },
            [SearchSort.Ascending("creationTime")], SearchPage.Offset(20, 10));

        JsonAssert.Equal("""
            {"filter":{"processInstanceKey":"18","state":"ACTIVE"},"sort":[{"field":"creationTime","order":"ASC"}],
             "page":{"from":20,"limit":10}}
            """, _server.Single("POST", "/v2/incidents/search").Json);
        result.Items.Single().JobKey.Should().Be(5);
    }

    [Fact]
    public async Task SearchUserTasks_Filter_ReadsTasks()
    {
        _server.Route("POST", "/v2/user-tasks/search", ScriptedResponse.Json(JsonNode.Parse("""
            {"items":[{"userTaskKey":"50","name":"Review order","state":"CREATED","assignee":"ops","elementId":"review",
              "candidateGroups":["ops"],"candidateUsers":[],"processDefinitionId":"order","creationDate":"2025-03-01T10:10:11.123Z",
              "tenantId":"<default>","priority":50,"elementInstanceKey":"51","processDefinitionKey":"17","processInstanceKey":"18"}],
             "page":{"totalItems":1}}
            """)!));

        var result = await _client.Client.SearchUserTasksAsync(new UserTaskFilter { State = "CREATED", CandidateGroup = "ops" });

        JsonAssert.Equal("""{"filter":{"state":"CREATED","candidateGroup":"ops"}}""", _server.Single("POST", "/v2/user-tasks/search").Json);
        var task = result.Items.Single();
        task.UserTaskKey.Should().Be(50);
        task.CandidateGroups.Should().Equal("ops");
        task.Priority.Should().Be(50);
    }

    [Fact]
    public async Task AssignUserTask_NoOverride_PostsAssignment()
    {
        _server.Route("POST", "/v2/user-tasks/*/assignment", ScriptedResponse.NoContent());

        await _client.Client.AssignUserTaskAsync(50, "ops", allowOverride: false);

        JsonAssert.Equal("""{"assignee":"ops","allowOverride":false}""", _server.Single("POST", "/v2/user-tasks/50/assignment").Json);
    }

    [Fact]
    public async Task CompleteUserTask_Variables_PostsCompletion()
    {
        _server.Route("POST", "/v2/user-tasks/*/completion", ScriptedResponse.NoContent());

        await _client.Client.CompleteUserTaskAsync(50, new JsonObject { ["approved"] = true });

        JsonAssert.Equal("""{"variables":{"approved":true}}""", _server.Single("POST", "/v2/user-tasks/50/completion").Json);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
