using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>
/// Real Kestrel on 127.0.0.1 and a free port. It records every request and answers from a script: queued responses
/// first (in order), then the routes, then 404.
/// </summary>
public sealed class CamundaTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly List<(string Method, string Path, Func<RecordedRequest, CancellationToken, Task<ScriptedResponse>> Answer)> _routes = [];

    private CamundaTestServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>The address as a client is configured with it (without /v2: the client appends it).</summary>
    public string RestAddress => Address.ToString().TrimEnd('/');

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<CamundaTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new CamundaTestServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses) _script.Enqueue(response);
    }

    public void Route(string method, string path, Func<RecordedRequest, CancellationToken, Task<ScriptedResponse>> answer)
    {
        lock (_routes) _routes.Add((method, path, answer));
    }

    public void Route(string method, string path, ScriptedResponse response) => Route(method, path, (_, _) => Task.FromResult(response));

    /// <summary>Forgets requests, script and routes: a fixture shared by a test class starts each test clean.</summary>
    public void Reset()
    {
        Requests.Clear();
        _script.Clear();
        lock (_routes) _routes.Clear();
    }

    public RecordedRequest Single(string method, string path) => Requests.Single(r => r.Method == method && r.Path == path);

    private async Task AnswerAsync(HttpContext context)
    {
        var request = await RequestRecorder.RecordAsync(context.Request);
        Requests.Enqueue(request);
        var ct = context.RequestAborted;
        ScriptedResponse answer;
        try
        {
            answer = _script.TryDequeue(out var scripted) ? scripted : await RouteAsync(request, ct);
            if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay, ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        context.Response.StatusCode = answer.Status;
        if (answer.Body is null) return;
        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, CancellationToken.None);
    }

    private Task<ScriptedResponse> RouteAsync(RecordedRequest request, CancellationToken ct)
    {
        Func<RecordedRequest, CancellationToken, Task<ScriptedResponse>>? answer;
        lock (_routes)
            answer = _routes.LastOrDefault(r => r.Method == request.Method && Matches(r.Path, request.Path)).Answer;
        return answer?.Invoke(request, ct)
            ?? Task.FromResult(ScriptedResponse.Problem(404, "NOT_FOUND", $"No route for {request.Method} {request.Path}", request.Path));
    }

    // "*" matches one path segment, so "/v2/jobs/*/completion" serves every job key.
    private static bool Matches(string pattern, string path)
    {
        var expected = pattern.Split('/');
        var actual = path.Split('/');
        return expected.Length == actual.Length && expected.Zip(actual).All(p => p.First == "*" || p.First == p.Second);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
