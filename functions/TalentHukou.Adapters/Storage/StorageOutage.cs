using System.Net.Sockets;
using Azure;

namespace TalentHukou.Adapters.Storage;

/// <summary>
/// Tells a storage outage (unreachable, timed out, throttled or failing on its side: worth retrying later) from a
/// request storage rejected. The Azure SDK's own retries come out as an <see cref="AggregateException"/> of their
/// attempts, and the Durable Task provider wraps them once more, so the whole chain is looked at.
/// </summary>
public static class StorageOutage
{
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RequestFailedException failed:
                    return failed.Status is 0 or 408 or 429 or >= 500;
                case HttpRequestException or SocketException or TimeoutException:
                    return true;
                case AggregateException aggregate:
                    return aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is);
            }
        }
        return false;
    }
}
