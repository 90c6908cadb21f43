using Azure.Data.Tables;
using TalentHukou.FunctionsHost;
using TalentHukou.Testing;

namespace TalentHukou.Functions.Tests.Harness;

/// <summary>
/// Issue #24 item 3: the start-up tasks complete before the worker connects to the host, or the worker exits.
/// </summary>
public sealed class HarnessStartupOrderTests
{
    [Fact]
    public async Task Start_FreshStorage_TablesExistBeforeTheWorkerConnects()
    {
        var settings = FunctionsAppFixture.Settings();
        var prefix = settings["Storage:NamePrefix"]!;
        var tablesWhenConnected = new List<string>();
        async Task ListTables()
        {
            var service = new TableServiceClient(TestEnvironment.StorageConnectionString);
            await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(prefix) >= 0))
                if (table.Name.StartsWith(prefix, StringComparison.Ordinal)) tablesWhenConnected.Add(table.Name);
        }

        await using var harness = await FunctionsHostHarness.StartAsync(settings, onConnected: ListTables);

        Assert.NotEmpty(tablesWhenConnected);
    }

    [Fact]
    public async Task Start_StartupTaskFails_WorkerExitsBeforeConnecting()
    {
        var settings = FunctionsAppFixture.Settings();
        // Nothing listens there: creating the tables fails after the storage client's retries.
        settings["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;"
            + "QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        // The harness's own task hub.
        settings["DurableTask:ConnectionString"] = TestEnvironment.StorageConnectionString;
        var connected = false;

        var failure = await Assert.ThrowsAsync<WorkerExitedException>(() => FunctionsHostHarness.StartAsync(
            settings, onConnected: () => { connected = true; return Task.CompletedTask; }));

        Assert.False(connected);
        Assert.NotEqual(0, failure.ExitCode);
    }
}
