using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Wire format of the job endpoints (reference §2.6–2.10, 2.17).</summary>
public sealed class CamundaClientJobsTests : IClassFixture<TestServerFixture>, IAsyncLifetime
{
    private readonly CamundaTestServer _server;
    private readonly TestClient _client;

    public CamundaClientJobsTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _client = TestClient.Create(_server.RestAddress);
    }

    [Fact]
    public async Task ActivateJobs_Request_UsesSingularFetchVariableMillisecondsAndDefaultTenant()
    {
        _server.Route("POST", "/v2/jobs/activation", ScriptedResponse.Json(JsonNode.Parse("""
            {"jobs":[{"jobKey":"2251799813685263","type":"payment.verify","processDefinitionId":"order","processDefinitionVersion":2,
              "processDefinitionKey":"17","processInstanceKey":"18","elementId":"verify","elementInstanceKey":"19",
              "customHeaders":{"provider":"test"},"worker":"w1","retries":3,"deadline":1735689600000,
              "variables":{"orderId":"o-1"},"tenantId":"<default>","kind":"BPMN_ELEMENT","listenerEventType":"UNSPECIFIED"}]}
            """)!));

        var jobs = await _client.Client.ActivateJobsAsync(new ActivateJobsRequest
        {
            Type = "payment.verify",
            Worker = "w1",
            Timeout = TimeSpan.FromMinutes(1),
            MaxJobsToActivate = 5,
            FetchVariable = ["orderId"],
            RequestTimeout = TimeSpan.FromMilliseconds(500),
        });

        JsonAssert.Equal("""
            {"type":"payment.verify","worker":"w1","timeout":60000,"maxJobsToActivate":5,"fetchVariable":["orderId"],
             "requestTimeout":500,"tenantIds":["<default>"]}
            """, _server.Single("POST", "/v2/jobs/activation").Json);
        var job = jobs.Single();
        job.JobKey.Should().Be(2251799813685263);
        job.ElementInstanceKey.Should().Be(19);
        job.CustomHeaders.Should().Equal(new Dictionary<string, string> { ["provider"] = "test" });
        job.Deadline.Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        job.Variables["orderId"]!.GetValue<string>().Should().Be("o-1");
        job.Retries.Should().Be(3);
        job.Kind.Should().Be("BPMN_ELEMENT");
    }

    [Fact]
    public async Task ActivateJobs_EmptyAnswer_ReturnsNoJobs()
    {
        _server.Route("POST", "/v2/jobs/activation", ScriptedResponse.Json(JsonNode.Parse("""{"jobs":[]}""")!));

        var jobs = await _client.Client.ActivateJobsAsync(new ActivateJobsRequest { Type = "t", Timeout = TimeSpan.FromSeconds(1), MaxJobsToActivate = 1 });

        jobs.Should().BeEmpty();
    }

    [Fact]
    public async Task CompleteJob_Variables_PostsCompletion()
    {
        _server.Route("POST", "/v2/jobs/*/completion", ScriptedResponse.NoContent());

        await _client.Client.CompleteJobAsync(2251799813685263, new JsonObject { ["paid"] = true });

        JsonAssert.Equal("""{"variables":{"paid":true}}""", _server.Single("POST", "/v2/jobs/2251799813685263/completion").Json);
    }

    [Fact]
    public async Task CompleteJob_NoVariables_PostsEmptyObject()
    {
        _server.Route("POST", "/v2/jobs/*/completion", ScriptedResponse.NoContent());

        await _client.Client.CompleteJobAsync(5);

        JsonAssert.Equal("{}", _server.Single("POST", "/v2/jobs/5/completion").Json);
    }

    [Fact]
    public async Task FailJob_AllFields_PostsFailureWithBackOffInMilliseconds()
    {
        _server.Route("POST", "/v2/jobs/*/failure", ScriptedResponse.NoContent());

        await _client.Client.FailJobAsync(5, retries: 2, "card declined", TimeSpan.FromSeconds(30), new JsonObject { ["attempt"] = 1 });

        JsonAssert.Equal("""{"retries":2,"errorMessage":"card declined","retryBackOff":30000,"variables":{"attempt":1}}""",
            _server.Single("POST", "/v2/jobs/5/failure").Json);
    }

    [Fact]
    public async Task ThrowJobError_CodeAndMessage_PostsError()
    {
        _server.Route("POST", "/v2/jobs/*/error", ScriptedResponse.NoContent());

        await _client.Client.ThrowJobErrorAsync(5, "InvalidCreditCard", "expired", new JsonObject { ["reason"] = "expired" });

        JsonAssert.Equal("""{"errorCode":"InvalidCreditCard","errorMessage":"expired","variables":{"reason":"expired"}}""",
            _server.Single("POST", "/v2/jobs/5/error").Json);
    }

    [Fact]
    public async Task UpdateJob_RetriesAndTimeout_PatchesChangeset()
    {
        _server.Route("PATCH", "/v2/jobs/*", ScriptedResponse.NoContent());

        await _client.Client.UpdateJobAsync(5, retries: 3, timeout: TimeSpan.FromSeconds(90));

        JsonAssert.Equal("""{"changeset":{"retries":3,"timeout":90000}}""", _server.Single("PATCH", "/v2/jobs/5").Json);
    }

    [Fact]
    public async Task UpdateJob_RetriesOnly_OmitsTimeout()
    {
        _server.Route("PATCH", "/v2/jobs/*", ScriptedResponse.NoContent());

        await _client.Client.UpdateJobAsync(5, retries: 1);

        JsonAssert.Equal("""{"changeset":{"retries":1}}""", _server.Single("PATCH", "/v2/jobs/5").Json);
    }

    [Fact]
    public async Task SearchJobs_Filter_SendsFilterAndReadsDateDeadline()
    {
        _server.Route("POST", "/v2/jobs/search", ScriptedResponse.Json(JsonNode.Parse("""
            {"items":[{"jobKey":"5","type":"payment.verify","worker":"w1","state":"FAILED","retries":0,
              "deadline":"2025-01-01T00:00:00.000Z","errorMessage":"card declined","hasFailedWithRetriesLeft":false,
              "processInstanceKey":"18","tenantId":"<default>","kind":"BPMN_ELEMENT","listenerEventType":"UNSPECIFIED"}],
             "page":{"totalItems":1}}
            """)!));

        var result = await _client.Client.SearchJobsAsync(new JobFilter { Type = "payment.verify", ProcessInstanceKey = 18, State = "FAILED" });

        JsonAssert.Equal("""{"filter":{"type":"payment.verify","state":"FAILED","processInstanceKey":"18"}}""",
            _server.Single("POST", "/v2/jobs/search").Json);
        var job = result.Items.Single();
        job.Deadline.Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        job.ErrorMessage.Should().Be("card declined");
        result.Page.TotalItems.Should().Be(1);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
