using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Wire format of element-instance search and process-definition XML (what a diagram view reads).</summary>
public sealed class CamundaClientElementInstancesTests : IClassFixture<TestServerFixture>, IAsyncLifetime
{
    private readonly CamundaTestServer _server;
    private readonly TestClient _client;

    public CamundaClientElementInstancesTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _client = TestClient.Create(_server.RestAddress);
    }

    [Fact]
    public async Task SearchElementInstances_FilterSortPage_SendsWireShapeAndReadsItems()
    {
        _server.Route("POST", "/v2/element-instances/search", ScriptedResponse.Json(JsonNode.Parse("""
            {"items":[
              {"elementInstanceKey":"31","elementId":"verify","elementName":"Verify payment","type":"SERVICE_TASK","state":"ACTIVE",
               "hasIncident":true,"incidentKey":"40","processInstanceKey":"18","processDefinitionKey":"17",
               "processDefinitionId":"order","startDate":"2025-03-01T10:10:11.123Z","tenantId":"<default>"},
              {"elementInstanceKey":"30","elementId":"start","elementName":"","type":"START_EVENT","state":"COMPLETED",
               "hasIncident":false,"processInstanceKey":"18","processDefinitionKey":"17","processDefinitionId":"order",
               "startDate":"2025-03-01T10:10:11.000Z","endDate":"2025-03-01T10:10:11.050Z","tenantId":"<default>"}],
             "page":{"totalItems":2,"endCursor":"YWZ0ZXI="}}
            """)!));

        var result = await _client.Client.SearchElementInstancesAsync(new ElementInstanceFilter { ProcessInstanceKey = 18, State = "ACTIVE" },
            [SearchSort.Ascending("startDate")], SearchPage.Offset(0, 50));

        JsonAssert.Equal("""
            {"filter":{"processInstanceKey":"18","state":"ACTIVE"},"sort":[{"field":"startDate","order":"ASC"}],
             "page":{"from":0,"limit":50}}
            """, _server.Single("POST", "/v2/element-instances/search").Json);
        result.Items.Should().HaveCount(2);
        result.Items[0].Should().Be(new ElementInstance(31, "verify", "Verify payment", "SERVICE_TASK", "ACTIVE", true, 40, 18, 17, "order",
            new DateTimeOffset(2025, 3, 1, 10, 10, 11, 123, TimeSpan.Zero), null, "<default>"));
        (result.Items[1].IncidentKey, result.Items[1].EndDate).Should().Be((null, new DateTimeOffset(2025, 3, 1, 10, 10, 11, 50, TimeSpan.Zero)));
        result.Page.EndCursor.Should().Be("YWZ0ZXI=");
    }

    [Fact]
    public async Task SearchElementInstances_NoArguments_PostsEmptyQuery()
    {
        _server.Route("POST", "/v2/element-instances/search", ScriptedResponse.Json(JsonNode.Parse("""{"items":[],"page":{"totalItems":0}}""")!));

        var result = await _client.Client.SearchElementInstancesAsync();

        JsonAssert.Equal("{}", _server.Single("POST", "/v2/element-instances/search").Json);
        result.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task GetProcessDefinitionXml_Key_ReturnsTheXmlText()
    {
        const string Xml = "<?xml version=\"1.0\"?><bpmn:definitions id=\"d\"/>";
        _server.Route("GET", "/v2/process-definitions/17/xml", new ScriptedResponse(200, Xml, "text/xml"));

        var xml = await _client.Client.GetProcessDefinitionXmlAsync(17);

        xml.Should().Be(Xml);
    }

    [Fact]
    public async Task GetProcessDefinitionXml_UnknownKey_ThrowsNotFound()
    {
        _server.Route("GET", "/v2/process-definitions/*/xml",
            ScriptedResponse.Problem(404, "NOT_FOUND", "Process definition with key '99' not found", "/v2/process-definitions/99/xml"));

        var thrown = await FluentActions.Awaiting(() => _client.Client.GetProcessDefinitionXmlAsync(99)).Should().ThrowAsync<CamundaNotFoundException>();

        thrown.Which.Problem.Detail.Should().Contain("'99'");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
