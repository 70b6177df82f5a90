using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Cms.Web.Tests;

/// <summary>The in-process daemon's door into the host: the whole pipeline, no socket.</summary>
public sealed class InMemoryServerTests
{
    private const string ServiceToken = "in-memory-test-service-token-0123456789abcdef";

    [Fact]
    public async Task DaemonRequest_InProcess_GoesThroughTenantsAndAuthenticationWithoutAConnection()
    {
        using var connections = new KestrelConnections();
        await using var host = await CmsTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Daemon:ServiceToken"] = ServiceToken });
        using var client = new HttpClient(host.Services.GetRequiredService<IInProcessHttp>().CreateHandler()) { BaseAddress = host.Address };

        var signedIn = await SendAsync(client, "localhost", ServiceToken);
        var anonymous = await SendAsync(client, "localhost", null);
        var unknownTenant = await SendAsync(client, "nobody.example.com", ServiceToken);

        signedIn.Should().Be(HttpStatusCode.OK);
        anonymous.Should().Be(HttpStatusCode.Unauthorized);
        unknownTenant.Should().Be(HttpStatusCode.NotFound);
        connections.To(host.Address.Port).Should().Be(0, "the in-process door opens no connection to the listener");
        using var overSocket = host.CreateClient("localhost", ServiceToken);
        (await overSocket.GetAsync("api/tenants")).StatusCode.Should().Be(HttpStatusCode.OK);
        connections.To(host.Address.Port).Should().Be(1, "the same call over the network is counted, so the count above means something");
    }

    [Fact]
    public async Task InMemoryTransport_Off_DaemonGoesOverTheSocket()
    {
        await using var host = await CmsTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Daemon:ServiceToken"] = ServiceToken, ["Daemon:InMemoryTransport"] = "false",
        });

        host.Services.GetService<IInProcessHttp>().Should().BeNull();
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string host, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/tenants");
        request.Headers.Host = host;
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Kestrel's own count of connections opened, per listening port (other tests' hosts run beside this one).</summary>
    private sealed class KestrelConnections : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<int, int> _opened = new();

        public KestrelConnections()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Microsoft.AspNetCore.Server.Kestrel" && instrument.Name == "kestrel.active_connections")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                if (value <= 0) return;
                foreach (var tag in tags)
                    if (tag.Key == "server.port" && tag.Value is int port)
                        _opened.AddOrUpdate(port, 1, (_, n) => n + 1);
            });
            _listener.Start();
        }

        public int To(int port) => _opened.GetValueOrDefault(port);

        public void Dispose() => _listener.Dispose();
    }
}
