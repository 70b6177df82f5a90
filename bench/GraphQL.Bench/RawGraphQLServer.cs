using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OrchardCommerce.GraphQL.Bench;

/// <summary>The ceiling: bare Kestrel answering POST /graphql with a precomputed response body from memory.</summary>
internal sealed class RawGraphQLServer : IAsyncDisposable
{
    private const string ContentType = "application/graphql-response+json; charset=utf-8";

    private readonly WebApplication _app;

    private RawGraphQLServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<RawGraphQLServer> StartAsync(byte[] body)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        // The request body is left unread: parsing it is exactly the work the baseline leaves out.
        app.MapPost("/graphql", (HttpContext context) =>
        {
            context.Response.ContentType = ContentType;
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RawGraphQLServer(app, new Uri(new Uri(address), "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
