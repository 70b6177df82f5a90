using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Security;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

/// <summary>
/// A third party's webhook endpoint: a second Kestrel app on a free loopback port. Each hook (POST /hooks/{name})
/// verifies Commerce-Signature with the secret it was configured with, answers 401 when that fails and its configured
/// status otherwise, and records every request it verified. Unconfigured hooks answer 404 and record nothing.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string Secret, int Status)> _hooks = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private WebApplication _app = null!;

    public Uri Address { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hooks/{name}", receiver.ReceiveAsync);
        await app.StartAsync();
        receiver._app = app;
        receiver.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    public string Url(string name) => new Uri(Address, $"hooks/{name}").ToString();

    /// <summary>Sets (or changes) the secret a hook verifies with and the status it answers valid deliveries with.</summary>
    public void Configure(string name, string secret, int status) => _hooks[name] = (secret, status);

    public IReadOnlyList<ReceivedWebhook> For(string name, string aggregateId) =>
        _received.Where(r => r.Hook == name && (string?)r.Body["aggregateId"] == aggregateId).ToList();

    private async Task<IResult> ReceiveAsync(string name, HttpRequest request)
    {
        if (!_hooks.TryGetValue(name, out var hook)) return Results.NotFound();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var check = WebhookSignature.Verify(request.Headers[WebhookSignature.HeaderName], hook.Secret, body, DateTimeOffset.UtcNow);
        var answered = check == WebhookSignatureCheck.Valid ? hook.Status : StatusCodes.Status401Unauthorized;
        _received.Enqueue(new ReceivedWebhook(name, check, JsonNode.Parse(body)!.AsObject(), request.Headers["Webhook-Id"].ToString(),
            request.ContentType, answered));
        return Results.StatusCode(answered);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request a hook got: the signature verdict, the parsed body, the headers that matter and what it answered.</summary>
public sealed record ReceivedWebhook(string Hook, WebhookSignatureCheck Check, JsonObject Body, string WebhookId, string? ContentType, int Answered);
