using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Wire format of process instances (reference §2.3–2.5).</summary>
public sealed class CamundaClientProcessesTests : IClassFixture<TestServerFixture>, IAsyncLifetime
{
    private readonly CamundaTestServer _server;
    private readonly TestClient _client;

    public CamundaClientProcessesTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _client = TestClient.Create(_server.RestAddress);
    }

    [Fact]
    public async Task CreateProcessInstance_ByIdAwaitingCompletion_SendsWireFieldsAndReadsResult()
    {
        _server.Route("POST", "/v2/process-instances", ScriptedResponse.Json(JsonNode.Parse("""
            {"processDefinitionId":"order","processDefinitionVersion":3,"tenantId":"<default>","variables":{"total":12.5},
             "processDefinitionKey":"17","processInstanceKey":"9007199254740993"}
            """)!));

        var result = await _client.Client.CreateProcessInstanceAsync(
            CreateProcessInstanceRequest.ById("order", new JsonObject { ["orderId"] = "o-1" }, version: 3) with
            {
                AwaitCompletion = true,
                FetchVariables = ["total"],
                RequestTimeout = TimeSpan.FromSeconds(2),
            });

        JsonAssert.Equal("""
            {"processDefinitionId":"order","processDefinitionVersion":3,"variables":{"orderId":"o-1"},"tenantId":"<default>",
             "awaitCompletion":true,"fetchVariables":["total"],"requestTimeout":2000}
            """, _server.Single("POST", "/v2/process-instances").Json);
        result.ProcessInstanceKey.Should().Be(9007199254740993, "keys beyond 2^53 survive as strings");
        result.Variables!["total"]!.GetValue<decimal>().Should().Be(12.5m);
    }

    [Fact]
    public async Task CreateProcessInstance_ByKey_SendsTheKeyAsString()
    {
        _server.Route("POST", "/v2/process-instances", ScriptedResponse.Json(JsonNode.Parse("""
            {"processDefinitionId":"order","processDefinitionVersion":1,"tenantId":"<default>","variables":{},
             "processDefinitionKey":"2251799813685250","processInstanceKey":"2251799813685260"}
            """)!));

        await _client.Client.CreateProcessInstanceAsync(CreateProcessInstanceRequest.ByKey(2251799813685250) with { TenantId = "acme" });

        JsonAssert.Equal("""{"processDefinitionKey":"2251799813685250","tenantId":"acme"}""",
            _server.Single("POST", "/v2/process-instances").Json);
    }

    [Fact]
    public async Task CreateProcessInstance_BothIdAndKey_ThrowsBeforeSending()
    {
        var request = CreateProcessInstanceRequest.ById("order") with { ProcessDefinitionKey = 1 };

        var act = () => _client.Client.CreateProcessInstanceAsync(request);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*Exactly one of*");
        _server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task CancelProcessInstance_Key_PostsCancellationWithoutBody()
    {
        _server.Route("POST", "/v2/process-instances/*/cancellation", ScriptedResponse.NoContent());

        await _client.Client.CancelProcessInstanceAsync(2251799813685260);

        _server.Single("POST", "/v2/process-instances/2251799813685260/cancellation").Body.Should().BeEmpty();
    }

    [Fact]
    public async Task GetProcessInstance_Key_ReadsDatesStateAndKeys()
    {
        _server.Route("GET", "/v2/process-instances/42", ScriptedResponse.Json(JsonNode.Parse("""
            {"processDefinitionId":"order","processDefinitionName":"Order","processDefinitionVersion":1,
             "startDate":"2025-03-01T10:10:11.123Z","state":"ACTIVE","hasIncident":true,"tenantId":"<default>",
             "processInstanceKey":"42","processDefinitionKey":"17","parentProcessInstanceKey":"7"}
            """)!));

        var instance = await _client.Client.GetProcessInstanceAsync(42);

        instance.State.Should().Be("ACTIVE");
        instance.HasIncident.Should().BeTrue();
        instance.StartDate.Should().Be(new DateTimeOffset(2025, 3, 1, 10, 10, 11, 123, TimeSpan.Zero));
        instance.ParentProcessInstanceKey.Should().Be(7);
        instance.EndDate.Should().BeNull();
    }

    [Fact]
    public async Task SearchProcessInstances_FilterSortPage_SendsWireShapeAndReadsPage()
    {
        _server.Route("POST", "/v2/process-instances/search", ScriptedResponse.Json(JsonNode.Parse("""
            {"items":[{"processDefinitionId":"order","processDefinitionVersion":1,"startDate":"2025-03-01T10:10:11.123Z",
              "state":"COMPLETED","hasIncident":false,"tenantId":"<default>","processInstanceKey":"5","processDefinitionKey":"17"}],
             "page":{"totalItems":31,"startCursor":"WzFd","endCursor":"WzVd"}}
            """)!));

        var result = await _client.Client.SearchProcessInstancesAsync(
            new ProcessInstanceFilter
            {
                ProcessDefinitionId = "order",
                ProcessDefinitionKey = 17,
                State = "COMPLETED",
                Advanced = new JsonObject { ["startDate"] = new JsonObject { ["$gte"] = "2025-01-01T00:00:00Z" } },
            },
            [SearchSort.Descending("startDate")], SearchPage.Next("WzBd", limit: 10));

        JsonAssert.Equal("""
            {"filter":{"processDefinitionId":"order","processDefinitionKey":"17","state":"COMPLETED",
                       "startDate":{"$gte":"2025-01-01T00:00:00Z"}},
             "sort":[{"field":"startDate","order":"DESC"}],"page":{"limit":10,"after":"WzBd"}}
            """, _server.Single("POST", "/v2/process-instances/search").Json);
        result.Items.Single().ProcessInstanceKey.Should().Be(5);
        result.Page.Should().Be(new SearchPageInfo(31, null, "WzFd", "WzVd"));
    }

    [Fact]
    public async Task SearchProcessInstances_NoArguments_SendsEmptyObject()
    {
        _server.Route("POST", "/v2/process-instances/search", ScriptedResponse.Json(JsonNode.Parse("""{"items":[],"page":{"totalItems":0}}""")!));

        var result = await _client.Client.SearchProcessInstancesAsync();

        JsonAssert.Equal("{}", _server.Single("POST", "/v2/process-instances/search").Json);
        result.Items.Should().BeEmpty();
        Encoding.UTF8.GetString(_server.Single("POST", "/v2/process-instances/search").Body).Should().Be("{}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
