using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using OrchardCommerce.Daemon.Cms;

namespace OrchardCommerce.Cms.Web;

/// <summary>
/// The host's server (Kestrel) with a second door into the same request pipeline, in memory, for the daemon that runs
/// inside this process. Its calls (feed pages, order steps, the engine's job activations and completions: about a
/// dozen per order) then skip the loopback socket and HTTP's writing and parsing on both ends, and go through
/// everything else a network call does: the tenant by Host header, authentication, routing, the endpoint.
/// The door is ASP.NET Core's TestServer, Microsoft's in-memory server, started with the application Kestrel gets.
/// Daemon:InMemoryTransport=false sends the daemon over the socket instead.
/// </summary>
internal sealed class InMemoryServer(IServer listener, TestServer memory) : IServer, IInProcessHttp
{
    public IFeatureCollection Features => listener.Features;

    public async Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        await ((IServer)memory).StartAsync(application, cancellationToken);
        await listener.StartAsync(application, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => listener.StopAsync(cancellationToken);

    public HttpMessageHandler CreateHandler() => new Door(memory);

    public void Dispose()
    {
        listener.Dispose();
        memory.Dispose();
    }

    /// <summary>Replaces the registered server with itself wrapped around it, when the daemon runs in-process.</summary>
    public static void Register(WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue("Jobs:InProcess", true) || !builder.Configuration.GetValue("Daemon:InMemoryTransport", true)) return;
        var server = builder.Services.LastOrDefault(d => d.ServiceType == typeof(IServer));
        if (server is null) return;
        builder.Services.Remove(server);
        builder.Services.AddSingleton(services => new InMemoryServer(
            (IServer)(server.ImplementationInstance ?? server.ImplementationFactory?.Invoke(services)
                ?? ActivatorUtilities.CreateInstance(services, server.ImplementationType!)),
            new TestServer(services)));
        builder.Services.AddSingleton<IServer>(services => services.GetRequiredService<InMemoryServer>());
        builder.Services.AddSingleton<IInProcessHttp>(services => services.GetRequiredService<InMemoryServer>());
    }

    // The daemon's clients are built before the host listens; TestServer hands out its handler only once started.
    private sealed class Door(TestServer memory) : HttpMessageHandler
    {
        private HttpMessageInvoker? _pipeline;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_pipeline is null)
            {
                HttpMessageHandler handler;
                try
                {
                    // The caller is this process: the endpoint sees a loopback client, as it did over the socket.
                    handler = memory.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Loopback);
                }
                catch (InvalidOperationException e)
                {
                    throw new HttpRequestException("The host has not started yet.", e);
                }
                Interlocked.CompareExchange(ref _pipeline, new HttpMessageInvoker(handler), null);
            }
            return _pipeline.SendAsync(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _pipeline?.Dispose();
            base.Dispose(disposing);
        }
    }
}
