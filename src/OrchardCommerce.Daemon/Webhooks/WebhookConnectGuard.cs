using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// The webhook client's connect step. A subscription URL is whatever a tenant's administrator typed, so without this a
/// tenant could make the daemon POST to its own network: the cloud metadata service, the database, Cms.Web's admin.
/// Only public addresses are dialled unless <see cref="WebhookOptions.AllowPrivateNetworks"/>. The check is on the
/// addresses actually connected to, after resolving, so a DNS answer that changes after a check (rebinding) cannot
/// slip through.
/// </summary>
public sealed class WebhookConnectGuard(IOptionsMonitor<WebhookOptions> options)
{
    private static readonly IPNetwork[] NonPublic =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8", "2001:db8::/32",
        }.Select(IPNetwork.Parse),
    ];

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = options.CurrentValue.AllowPrivateNetworks ? addresses : addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException($"Refused: {host} is not a public address ({string.Join(", ", addresses.Select(a => a.ToString()))}); " +
                $"set {WebhookOptions.Section}:AllowPrivateNetworks to deliver to private networks.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether an address is on the public internet (IPv4-mapped and NAT64 addresses are judged by their IPv4).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        else if (IPNetwork.Parse("64:ff9b::/96").Contains(address)) address = new IPAddress(address.GetAddressBytes()[12..]);
        return !NonPublic.Any(network => network.Contains(address));
    }
}
