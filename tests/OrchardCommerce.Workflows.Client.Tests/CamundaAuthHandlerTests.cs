using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>The Authorization header of each mode (reference §3.1); the OAuth token endpoint lives on the same test server.</summary>
public sealed class CamundaAuthHandlerTests : IClassFixture<TestServerFixture>
{
    private static readonly ScriptedResponse Topology = ScriptedResponse.Json(JsonNode.Parse("""
        {"brokers":[],"clusterSize":1,"partitionsCount":1,"replicationFactor":1,"gatewayVersion":"8.8.0"}
        """)!);

    private readonly CamundaTestServer _server;
    private int _tokensIssued;

    public CamundaAuthHandlerTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _server.Route("GET", "/v2/topology", Topology);
        _server.Route("POST", "/oauth/token", (_, _) =>
        {
            var n = Interlocked.Increment(ref _tokensIssued);
            return Task.FromResult(ScriptedResponse.Json(new JsonObject { ["access_token"] = $"token-{n}", ["expires_in"] = 300, ["token_type"] = "Bearer" }));
        });
    }

    [Fact]
    public async Task Send_NoAuth_SendsNoAuthorizationHeader()
    {
        await using var client = TestClient.Create(_server.RestAddress);

        await client.Client.GetTopologyAsync();

        _server.Single("GET", "/v2/topology").Header("Authorization").Should().BeNull();
    }

    [Fact]
    public async Task Send_Bearer_SendsConfiguredToken()
    {
        await using var client = TestClient.Create(_server.RestAddress, o => { o.AuthMode = CamundaAuthMode.Bearer; o.BearerToken = "static-token"; });

        await client.Client.GetTopologyAsync();

        _server.Single("GET", "/v2/topology").Header("Authorization").Should().Be("Bearer static-token");
    }

    [Fact]
    public async Task Send_Basic_SendsBase64Credentials()
    {
        await using var client = TestClient.Create(_server.RestAddress, o => { o.AuthMode = CamundaAuthMode.Basic; o.Username = "demo"; o.Password = "demo"; });

        await client.Client.GetTopologyAsync();

        _server.Single("GET", "/v2/topology").Header("Authorization").Should().Be("Basic ZGVtbzpkZW1v");
    }

    [Fact]
    public async Task Send_OAuthSeveralCalls_FetchesTokenOnceWithClientCredentials()
    {
        await using var client = CreateOAuthClient(new ManualTimeProvider(DateTimeOffset.UtcNow));

        for (var i = 0; i < 3; i++) await client.Client.GetTopologyAsync();

        var tokenRequest = _server.Single("POST", "/oauth/token");
        tokenRequest.ContentType.Should().Be("application/x-www-form-urlencoded");
        tokenRequest.BodyText.Should().Be("grant_type=client_credentials&client_id=orchard&client_secret=s3cret&audience=zeebe.camunda.io&scope=camunda");
        _server.Requests.Where(r => r.Path == "/v2/topology").Select(r => r.Header("Authorization")).Should().Equal(
            "Bearer token-1", "Bearer token-1", "Bearer token-1");
    }

    [Fact]
    public async Task Send_OAuthTokenNearExpiry_FetchesNewTokenBeforeItExpires()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var client = CreateOAuthClient(time);
        await client.Client.GetTopologyAsync();

        time.Advance(TimeSpan.FromSeconds(240));
        await client.Client.GetTopologyAsync();
        time.Advance(TimeSpan.FromSeconds(31));
        await client.Client.GetTopologyAsync();

        _tokensIssued.Should().Be(2, "a 300 s token is refreshed 30 s early, not before");
        _server.Requests.Where(r => r.Path == "/v2/topology").Select(r => r.Header("Authorization")).Should().Equal(
            "Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    [Fact]
    public async Task Send_OAuthTokenRejected_FetchesNewTokenAndRetriesOnce()
    {
        await using var client = CreateOAuthClient(new ManualTimeProvider(DateTimeOffset.UtcNow));
        _server.Enqueue(ScriptedResponse.Json(new JsonObject { ["access_token"] = "revoked", ["expires_in"] = 300 }),
            ScriptedResponse.Problem(401, "UNAUTHORIZED", "token revoked"));

        var topology = await client.Client.GetTopologyAsync();

        topology.GatewayVersion.Should().Be("8.8.0");
        _server.Requests.Where(r => r.Path == "/v2/topology").Select(r => r.Header("Authorization")).Should().Equal(
            "Bearer revoked", "Bearer token-1");
    }

    [Fact]
    public async Task Send_OAuthCredentialsRefused_ThrowsUnauthorizedNamingTheTokenEndpoint()
    {
        await using var client = CreateOAuthClient(new ManualTimeProvider(DateTimeOffset.UtcNow));
        _server.Enqueue(new ScriptedResponse(401, """{"error":"invalid_client"}"""));

        var act = () => client.Client.GetTopologyAsync();

        (await act.Should().ThrowAsync<CamundaUnauthorizedException>()).Which.Message.Should().Contain("token endpoint refused");
        _server.Requests.Should().NotContain(r => r.Path == "/v2/topology");
    }

    private TestClient CreateOAuthClient(TimeProvider time) => TestClient.Create(_server.RestAddress, o =>
    {
        o.AuthMode = CamundaAuthMode.OAuth;
        o.OAuthUrl = new Uri(_server.Address, "/oauth/token").ToString();
        o.ClientId = "orchard";
        o.ClientSecret = "s3cret";
        o.Audience = "zeebe.camunda.io";
        o.Scope = "camunda";
    }, services: s => s.AddSingleton(time));
}
