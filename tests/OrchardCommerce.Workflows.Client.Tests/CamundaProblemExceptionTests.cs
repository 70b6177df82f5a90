using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Every non-success answer becomes its typed exception carrying the problem detail (reference §1.3–1.4).</summary>
public sealed class CamundaProblemExceptionTests : IClassFixture<TestServerFixture>, IAsyncLifetime
{
    private readonly CamundaTestServer _server;
    private readonly TestClient _client;

    public CamundaProblemExceptionTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _client = TestClient.Create(_server.RestAddress);
    }

    public static TheoryData<int, string, Type> Statuses => new()
    {
        { 400, "INVALID_ARGUMENT", typeof(CamundaBadRequestException) },
        { 401, "UNAUTHORIZED", typeof(CamundaUnauthorizedException) },
        { 403, "FORBIDDEN", typeof(CamundaUnauthorizedException) },
        { 404, "NOT_FOUND", typeof(CamundaNotFoundException) },
        { 409, "INVALID_STATE", typeof(CamundaConflictException) },
        { 500, "INTERNAL", typeof(CamundaProblemException) },
        { 502, "ABORTED", typeof(CamundaProblemException) },
        { 503, "UNAVAILABLE", typeof(CamundaProblemException) },
        { 504, "DEADLINE_EXCEEDED", typeof(CamundaTimeoutException) },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task CompleteJob_ProblemAnswer_ThrowsTypedExceptionWithProblem(int status, string title, Type expected)
    {
        _server.Route("POST", "/v2/jobs/*/completion", ScriptedResponse.Problem(status, title,
            "Command 'COMPLETE' rejected", "/v2/jobs/5/completion"));

        var act = () => _client.Client.CompleteJobAsync(5);

        var error = (await act.Should().ThrowAsync<CamundaProblemException>()).Which;
        error.GetType().Should().Be(expected);
        error.Problem.Should().Be(new CamundaProblem("about:blank", title, status, "Command 'COMPLETE' rejected", "/v2/jobs/5/completion"));
        error.Message.Should().Be($"Camunda answered {status} {title} (/v2/jobs/5/completion): Command 'COMPLETE' rejected");
    }

    [Fact]
    public async Task GetProcessInstance_NotFound_CarriesServerDetail()
    {
        _server.Route("GET", "/v2/process-instances/9", ScriptedResponse.Problem(404, "NOT_FOUND",
            "Process instance with key '9' not found", "/v2/process-instances/9"));

        var act = () => _client.Client.GetProcessInstanceAsync(9);

        (await act.Should().ThrowAsync<CamundaNotFoundException>()).Which.Problem.Detail.Should().Be("Process instance with key '9' not found");
    }

    [Fact]
    public async Task GetTopology_HtmlErrorPage_ThrowsWithStatusAndStartOfBody()
    {
        _server.Route("GET", "/v2/topology", new ScriptedResponse(502, "<html><body>Bad gateway from proxy</body></html>", "text/html"));

        var act = () => _client.Client.GetTopologyAsync();

        var error = (await act.Should().ThrowAsync<CamundaProblemException>()).Which;
        error.Status.Should().Be(502);
        error.Problem.Instance.Should().Be("/v2/topology");
        error.Message.Should().Contain("502").And.Contain("Bad gateway from proxy");
    }

    [Fact]
    public async Task CancelProcessInstance_EmptyErrorBody_ThrowsNamingTheRequest()
    {
        _server.Route("POST", "/v2/process-instances/*/cancellation", new ScriptedResponse(404));

        var act = () => _client.Client.CancelProcessInstanceAsync(3);

        (await act.Should().ThrowAsync<CamundaNotFoundException>()).Which.Message.Should().Contain("POST answered 404 with an empty body");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
