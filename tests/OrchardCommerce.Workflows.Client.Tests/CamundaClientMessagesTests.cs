using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Wire format of messages and variables (reference §2.11–2.13, 2.17).</summary>
public sealed class CamundaClientMessagesTests : IClassFixture<TestServerFixture>, IAsyncLifetime
{
    private readonly CamundaTestServer _server;
    private readonly TestClient _client;

    public CamundaClientMessagesTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _client = TestClient.Create(_server.RestAddress, o => o.TenantId = "acme");
    }

    [Fact]
    public async Task PublishMessage_TtlAndMessageId_SendsWireFieldsWithConfiguredTenant()
    {
        _server.Route("POST", "/v2/messages/publication", ScriptedResponse.Json(JsonNode.Parse("""{"messageKey":"77","tenantId":"acme"}""")!));

        var result = await _client.Client.PublishMessageAsync(new PublishMessageRequest
        {
            Name = "payment-received",
            CorrelationKey = "o-1",
            TimeToLive = TimeSpan.FromMinutes(1),
            MessageId = "webhook-9",
            Variables = new JsonObject { ["amount"] = 12.5 },
        });

        JsonAssert.Equal("""
            {"name":"payment-received","correlationKey":"o-1","timeToLive":60000,"messageId":"webhook-9",
             "variables":{"amount":12.5},"tenantId":"acme"}
            """, _server.Single("POST", "/v2/messages/publication").Json);
        result.Should().Be(new PublishMessageResult(77, "acme"));
    }

    [Fact]
    public async Task CorrelateMessage_NoCorrelationKey_SendsEmptyKeyAndReadsInstance()
    {
        _server.Route("POST", "/v2/messages/correlation", ScriptedResponse.Json(JsonNode.Parse("""
            {"messageKey":"78","tenantId":"acme","processInstanceKey":"18"}
            """)!));

        var result = await _client.Client.CorrelateMessageAsync(new CorrelateMessageRequest { Name = "start-order" });

        JsonAssert.Equal("""{"name":"start-order","correlationKey":"","tenantId":"acme"}""",
            _server.Single("POST", "/v2/messages/correlation").Json);
        result.ProcessInstanceKey.Should().Be(18);
    }

    [Fact]
    public async Task SetVariables_Local_PutsToElementInstance()
    {
        _server.Route("PUT", "/v2/element-instances/*/variables", ScriptedResponse.NoContent());

        await _client.Client.SetVariablesAsync(19, new JsonObject { ["status"] = "held" }, local: true);

        JsonAssert.Equal("""{"variables":{"status":"held"},"local":true}""", _server.Single("PUT", "/v2/element-instances/19/variables").Json);
    }

    [Fact]
    public async Task SearchVariables_TruncateFalse_SendsQueryAndParsesJsonTextValues()
    {
        _server.Route("POST", "/v2/variables/search", ScriptedResponse.Json(JsonNode.Parse("""
            {"items":[{"name":"status","value":"\"PendingReview\"","isTruncated":false,"variableKey":"30","scopeKey":"18",
              "processInstanceKey":"18","tenantId":"acme"}],"page":{"totalItems":1}}
            """)!));

        var result = await _client.Client.SearchVariablesAsync(new VariableFilter { ProcessInstanceKey = 18, Name = "status" },
            truncateValues: false);

        var request = _server.Single("POST", "/v2/variables/search");
        request.Query.Should().Be("?truncateValues=false");
        JsonAssert.Equal("""{"filter":{"name":"status","processInstanceKey":"18"}}""", request.Json);
        result.Items.Single().ParseValue()!.GetValue<string>().Should().Be("PendingReview");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
