using System.Net;
using System.Net.Sockets;

namespace TalentHukou.LocalHost.Durable;

/// <summary>Finds a free loopback TCP port (for the sidecar, whose address the worker needs before Kestrel starts).</summary>
public static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
