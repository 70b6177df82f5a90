using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Workflows.Client.Http;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Which answers are retried (reference §4.3: back pressure in its three forms, transport errors, timeouts) and which are not.</summary>
public sealed class CamundaResilienceHandlerTests : IClassFixture<TestServerFixture>
{
    private static readonly ScriptedResponse Topology = ScriptedResponse.Json(JsonNode.Parse("""
        {"brokers":[],"clusterSize":1,"partitionsCount":1,"replicationFactor":1,"gatewayVersion":"8.8.0"}
        """)!);

    private readonly CamundaTestServer _server;

    public CamundaResilienceHandlerTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
    }

    [Fact]
    public async Task Send_503ResourceExhaustedThenOk_RetriesAndSucceeds()
    {
        await using var client = TestClient.Create(_server.RestAddress);
        _server.Enqueue(ScriptedResponse.Problem(503, "RESOURCE_EXHAUSTED", "Expected to handle request, but partition is exhausted"), Topology);

        var topology = await client.Client.GetTopologyAsync();

        topology.GatewayVersion.Should().Be("8.8.0");
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Send_500WithResourceExhaustedInDetail_Retries()
    {
        await using var client = TestClient.Create(_server.RestAddress);
        _server.Enqueue(ScriptedResponse.Problem(500, "INTERNAL", "Unexpected error: RESOURCE_EXHAUSTED"), Topology);

        await client.Client.GetTopologyAsync();

        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Send_429_Retries()
    {
        await using var client = TestClient.Create(_server.RestAddress);
        _server.Enqueue(new ScriptedResponse(429, "Too many requests", "text/plain"), Topology);

        await client.Client.GetTopologyAsync();

        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Send_Plain503_NotRetried()
    {
        await using var client = TestClient.Create(_server.RestAddress);
        _server.Enqueue(ScriptedResponse.Problem(503, "UNAVAILABLE", "No leader for partition 1"), Topology);

        var act = () => client.Client.GetTopologyAsync();

        (await act.Should().ThrowAsync<CamundaProblemException>()).Which.Status.Should().Be(503);
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Send_404_NotRetried()
    {
        await using var client = TestClient.Create(_server.RestAddress);
        _server.Enqueue(ScriptedResponse.Problem(404, "NOT_FOUND", "no such job"), Topology);

        var act = () => client.Client.CompleteJobAsync(1);

        await act.Should().ThrowAsync<CamundaNotFoundException>();
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Send_BackPressureOnEveryAttempt_ThrowsBackPressureAfterMaxAttempts()
    {
        await using var client = TestClient.Create(_server.RestAddress, o => o.MaxAttempts = 4);
        _server.Route("POST", "/v2/jobs/activation", ScriptedResponse.Problem(503, "RESOURCE_EXHAUSTED", "partition exhausted"));

        var act = () => client.Client.ActivateJobsAsync(new ActivateJobsRequest { Type = "t", Timeout = TimeSpan.FromSeconds(1), MaxJobsToActivate = 1 });

        (await act.Should().ThrowAsync<CamundaBackPressureException>()).Which.Problem.Title.Should().Be("RESOURCE_EXHAUSTED");
        _server.Requests.Should().HaveCount(4);
        _server.Requests.Select(r => r.BodyText).Distinct().Should().HaveCount(1, "every attempt sends the same body");
    }

    [Fact]
    public async Task Send_ConnectionRefused_RetriedThenThrowsHttpRequestException()
    {
        var counter = new CountingHandler();
        await using var client = TestClient.Create($"http://127.0.0.1:{UnusedPort()}", http: b => b.AddHttpMessageHandler(() => counter));

        var act = () => client.Client.GetTopologyAsync();

        await act.Should().ThrowAsync<HttpRequestException>();
        counter.Attempts.Should().Be(3);
    }

    [Fact]
    public async Task AddCamundaClient_CalledTwice_WrapsTheClientInOneRetryHandler()
    {
        var counter = new CountingHandler();
        var services = new ServiceCollection().AddLogging();
        services.AddCamundaClient(o => o.RestAddress = $"http://127.0.0.1:{UnusedPort()}");
        services.AddCamundaClient(o => o.BaseDelay = o.MaxDelay = TimeSpan.FromMilliseconds(1)).AddHttpMessageHandler(() => counter);
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<CamundaClient>().GetTopologyAsync();

        await act.Should().ThrowAsync<HttpRequestException>();
        counter.Attempts.Should().Be(3, "two retry handlers would make 9 attempts");
    }

    [Fact]
    public void FullJitter_Attempts_StayWithinExponentialCeilingCappedAtMaxDelay()
    {
        var options = new CamundaOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(2) };

        var delays = Enumerable.Range(0, 200).Select(_ => (First: CamundaResilienceHandler.FullJitter(options, 0),
            Fifth: CamundaResilienceHandler.FullJitter(options, 4), Tenth: CamundaResilienceHandler.FullJitter(options, 9))).ToList();

        delays.Should().OnlyContain(d => d.First <= TimeSpan.FromMilliseconds(100) && d.Fifth <= TimeSpan.FromMilliseconds(1600)
            && d.Tenth <= TimeSpan.FromSeconds(2));
        delays.Select(d => d.Tenth).Distinct().Count().Should().BeGreaterThan(100, "the delay is random, not fixed");
        delays.Should().Contain(d => d.Tenth > TimeSpan.FromSeconds(1), "the cap, not the exponential, bounds later attempts");
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
