using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Wire format of topology and deployments (reference §2.1–2.2).</summary>
public sealed class CamundaClientDeploymentsTests : IClassFixture<TestServerFixture>, IAsyncLifetime
{
    private readonly CamundaTestServer _server;
    private readonly TestClient _client;

    public CamundaClientDeploymentsTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _client = TestClient.Create(_server.RestAddress);
    }

    [Fact]
    public async Task GetTopology_Answer_ParsesBrokersAndPartitions()
    {
        _server.Route("GET", "/v2/topology", ScriptedResponse.Json(JsonNode.Parse("""
            {"brokers":[{"nodeId":0,"host":"127.0.0.1","port":26501,"version":"8.8.0",
              "partitions":[{"partitionId":1,"role":"leader","health":"healthy"}]}],
             "clusterSize":1,"partitionsCount":1,"replicationFactor":1,"gatewayVersion":"8.8.0","lastCompletedChangeId":"-1"}
            """)!));

        var topology = await _client.Client.GetTopologyAsync();

        topology.GatewayVersion.Should().Be("8.8.0");
        topology.Brokers.Single().Partitions.Single().Should().Be(new PartitionInfo(1, "leader", "healthy"));
        _server.Single("GET", "/v2/topology").Body.Should().BeEmpty();
    }

    [Fact]
    public async Task Deploy_TwoFiles_SendsOneResourcesPartPerFileAndTheTenant()
    {
        _server.Route("POST", "/v2/deployments", ScriptedResponse.Json(JsonNode.Parse("""
            {"deploymentKey":"2251799813685249","tenantId":"<default>","deployments":[
              {"processDefinition":{"processDefinitionId":"order","processDefinitionVersion":2,"resourceName":"order.bpmn",
                "tenantId":"<default>","processDefinitionKey":"2251799813685250"}},
              {"form":{"formId":"review","version":1,"resourceName":"review.form","tenantId":"<default>","formKey":"2251799813685251"}}]}
            """)!));

        var result = await _client.Client.DeployAsync([("order.bpmn", "<bpmn/>"u8.ToArray()), ("review.form", "{}"u8.ToArray())]);

        var request = _server.Single("POST", "/v2/deployments");
        request.ContentType.Should().StartWith("multipart/form-data; boundary=");
        request.Parts.Should().Equal(
            new RecordedPart("resources", "order.bpmn", "application/octet-stream", "<bpmn/>"),
            new RecordedPart("resources", "review.form", "application/octet-stream", "{}"),
            new RecordedPart("tenantId", null, "text/plain; charset=utf-8", "<default>"));
        result.DeploymentKey.Should().Be(2251799813685249);
        result.Deployments[0].ProcessDefinition.Should().Be(new DeployedProcess("order", 2, "order.bpmn", "<default>", 2251799813685250));
        result.Deployments[1].Form!.FormKey.Should().Be(2251799813685251);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
