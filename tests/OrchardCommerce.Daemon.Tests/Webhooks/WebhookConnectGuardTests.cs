using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Daemon;
using OrchardCommerce.Daemon.Webhooks;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

public sealed class WebhookConnectGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.5", false)]
    [InlineData("192.168.1.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("93.184.215.14", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c", true)]
    [InlineData("::ffff:93.184.215.14", true)]
    public void IsPublic_Address_OnlyInternetAddresses(string address, bool expected) =>
        WebhookConnectGuard.IsPublic(IPAddress.Parse(address)).Should().Be(expected);

    private static async Task<(HttpResponseMessage? Response, HttpRequestException? Error, bool Reached)> PostToLocalAsync(bool allowPrivate)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var reached = false;
        var serve = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            reached = true;
            var stream = client.GetStream();
            // Read the request's head before answering, so the client is not answered mid-send.
            var received = new List<byte>();
            var buffer = new byte[4096];
            while (received.ToArray().AsSpan().IndexOf("\r\n\r\n"u8) < 0)
            {
                var read = await stream.ReadAsync(buffer);
                if (read == 0) break;
                received.AddRange(buffer.AsSpan(0, read));
            }
            await stream.WriteAsync("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"u8.ToArray());
        });
        var guard = new WebhookConnectGuard(new FixedOptionsMonitor<WebhookOptions>(new WebhookOptions { AllowPrivateNetworks = allowPrivate }));
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = guard.ConnectAsync, UseProxy = false });
        try
        {
            var response = await http.PostAsync($"http://localhost:{port}/hook", new StringContent("{}"));
            await serve;
            return (response, null, reached);
        }
        catch (HttpRequestException error)
        {
            return (null, error, reached);
        }
    }

    [Fact]
    public async Task Connect_LoopbackReceiver_RefusedNamingTheAddressAndTheSetting()
    {
        var (response, error, reached) = await PostToLocalAsync(allowPrivate: false);

        response.Should().BeNull();
        error!.Message.Should().Contain("localhost is not a public address").And.Contain("127.0.0.1").And.Contain("Daemon:Webhooks:AllowPrivateNetworks");
        reached.Should().BeFalse();
    }

    [Fact]
    public async Task Connect_LoopbackReceiverAllowed_Delivered()
    {
        var (response, error, reached) = await PostToLocalAsync(allowPrivate: true);

        error.Should().BeNull();
        response!.StatusCode.Should().Be(HttpStatusCode.NoContent);
        reached.Should().BeTrue();
    }

    [Fact]
    public async Task Sender_FromTheDaemonsRegistration_RefusesLoopbackByDefault()
    {
        var services = new ServiceCollection().AddLogging().AddDaemon(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var target = new WebhookTarget("whsub_1", $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/hook", ["*"], true, "whsec_1");

        var result = await provider.GetRequiredService<WebhookSender>().SendAsync(target, "evt_1", "{}"u8.ToArray(), CancellationToken.None);

        (result.Delivered, result.StatusCode).Should().Be((false, null));
        result.Error.Should().Contain("127.0.0.1 is not a public address");
        listener.Pending().Should().BeFalse();
    }
}
