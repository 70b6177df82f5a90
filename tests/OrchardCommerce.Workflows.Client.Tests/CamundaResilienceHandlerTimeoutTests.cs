using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Per-attempt timeouts: retried, reported as the client's own; long polls get their poll time on top.</summary>
public sealed class CamundaResilienceHandlerTimeoutTests : IClassFixture<TestServerFixture>
{
    private static readonly ScriptedResponse Topology = ScriptedResponse.Json(JsonNode.Parse("""
        {"brokers":[],"clusterSize":1,"partitionsCount":1,"replicationFactor":1,"gatewayVersion":"8.8.0"}
        """)!);

    private readonly CamundaTestServer _server;

    public CamundaResilienceHandlerTimeoutTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
    }

    [Fact]
    public async Task Send_SlowAnswer_TimesOutEachAttemptThenThrowsTimeout()
    {
        await using var client = TestClient.Create(_server.RestAddress, o => { o.RequestTimeout = TimeSpan.FromMilliseconds(150); o.MaxAttempts = 2; });
        _server.Route("GET", "/v2/topology", Topology with { Delay = TimeSpan.FromSeconds(5) });

        var act = () => client.Client.GetTopologyAsync();

        var error = (await act.Should().ThrowAsync<CamundaTimeoutException>()).Which;
        error.Message.Should().Be("GET /v2/topology got no answer within the client's timeout (00:00:00.1500000) after 2 attempt(s).");
        error.Problem.Instance.Should().Be("/v2/topology");
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Send_LongPollLongerThanRequestTimeout_GetsItsPollTimeOnTop()
    {
        await using var client = TestClient.Create(_server.RestAddress, o => { o.RequestTimeout = TimeSpan.FromMilliseconds(400); o.MaxAttempts = 1; });
        _server.Route("POST", "/v2/jobs/activation", ScriptedResponse.Json(JsonNode.Parse("""{"jobs":[]}""")!) with { Delay = TimeSpan.FromMilliseconds(800) });

        var jobs = await client.Client.ActivateJobsAsync(new ActivateJobsRequest
        {
            Type = "t", Timeout = TimeSpan.FromSeconds(1), MaxJobsToActivate = 1, RequestTimeout = TimeSpan.FromMilliseconds(1500),
        });

        jobs.Should().BeEmpty();
    }

    [Fact]
    public async Task Send_CallerCancels_StopsWithoutRetrying()
    {
        await using var client = TestClient.Create(_server.RestAddress);
        _server.Route("GET", "/v2/topology", Topology with { Delay = TimeSpan.FromSeconds(5) });
        using var cancel = new CancellationTokenSource();

        // Cancelled once the server holds the request, not after a fixed time: a slow machine may not have sent it yet.
        var call = client.Client.GetTopologyAsync(cancel.Token);
        for (var waited = 0; _server.Requests.IsEmpty && waited < 100; waited++) await Task.Delay(50);
        _server.Requests.Should().HaveCount(1);
        cancel.Cancel();

        var act = () => call;
        await act.Should().ThrowAsync<OperationCanceledException>();
        await Task.Delay(300);
        _server.Requests.Should().HaveCount(1);
    }
}
