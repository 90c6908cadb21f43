using System.Net.Sockets;
using Azure;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Tests.Storage;

public class StorageOutageTests
{
    public static TheoryData<int, bool> Statuses => new()
    {
        { 0, true }, { 408, true }, { 429, true }, { 500, true }, { 503, true },
        { 400, false }, { 403, false }, { 404, false }, { 409, false }, { 412, false },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void RequestFailed_IsAnOutageOnlyForTransientStatuses(int status, bool outage) =>
        Assert.Equal(outage, StorageOutage.Is(new RequestFailedException(status, "storage said so")));

    [Fact]
    public void ConnectionFailures_AreOutages()
    {
        Assert.True(StorageOutage.Is(new HttpRequestException("Connection refused", new SocketException(111))));
        Assert.True(StorageOutage.Is(new TaskCanceledException("timed out", new TimeoutException())));
    }

    [Fact]
    public void SdkRetriesWrappedByTheDurableProvider_AreAnOutage_WhenEveryAttemptWas()
    {
        var refused = new RequestFailedException(
            0, "Connection refused", new HttpRequestException("Connection refused"));
        var allRefused = new AggregateException("Retry failed after 6 tries.", refused, refused);
        Assert.True(StorageOutage.Is(
            new InvalidOperationException("An error occurred while communicating with Azure Storage", allRefused)));

        var endedRejected = new AggregateException(
            "Retry failed after 2 tries.", refused, new RequestFailedException(404, "MessageNotFound"));
        Assert.False(StorageOutage.Is(endedRejected));
    }

    [Fact]
    public void OtherFailures_AreNoOutage()
    {
        Assert.False(StorageOutage.Is(new InvalidOperationException("bug")));
        Assert.False(StorageOutage.Is(new AggregateException()));
        Assert.False(StorageOutage.Is(null));
    }
}
