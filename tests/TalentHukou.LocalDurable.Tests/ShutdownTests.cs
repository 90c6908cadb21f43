using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

public class ShutdownTests
{
    [Fact]
    public async Task Host_StoppedBeforeWorkerConnects_StopsCleanly()
    {
        // Stopping before the sidecar started the orchestration service used to crash the process
        // (NullReferenceException in AzureStorageOrchestrationService.StopAsync on a thread-pool thread); reaching the
        // end of this test is the assertion.
        for (var i = 0; i < 3; i++)
        {
            var host = await LocalHostUnderTest.StartAsync();
            await host.DisposeAsync();
        }

        await using var last = await LocalHostUnderTest.StartAsync();
        Assert.Equal(
            System.Net.HttpStatusCode.OK,
            (await last.Anonymous.GetAsync("calendar/working-days?from=2026-02-13&add=2")).StatusCode);
    }
}
