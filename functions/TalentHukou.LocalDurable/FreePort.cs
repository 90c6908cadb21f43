using System.Net;
using System.Net.Sockets;
using TalentHukou.LocalDurable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// Finds a free loopback TCP port (for the sidecar, whose address the worker needs before Kestrel starts).
/// </summary>
public static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
