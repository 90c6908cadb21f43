using System.Net.Sockets;

namespace TalentHukou.Testing;

/// <summary>
/// Whether an HTTP call failed because the host was not there (down, starting, killed mid-call) rather than answering.
/// Besides <see cref="HttpRequestException"/> and the client's time-out, a connection to a host killed a moment earlier
/// can surface as a bare <see cref="SocketException"/> ("Transport endpoint is not connected"), raised while the client
/// reads the new connection's remote end point.
/// </summary>
public static class ConnectionFailures
{
    public static bool Is(Exception exception) =>
        exception is HttpRequestException or TaskCanceledException or SocketException or IOException;
}
