using System.Net;
using System.Net.Sockets;

namespace OrchardCommerce.Testing;

/// <summary>A loopback port nothing listens on right now, for a server a test starts (another process may take it first; rare).</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
