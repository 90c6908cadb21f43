using System.Text.Json;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.Journeys;

/// <summary>
/// One host for the issue-18 journeys, on a clock fast enough that publicity and review deadlines pass within a minute
/// yet slow enough that a publicity runs long enough to object during it.
/// </summary>
public sealed class JourneyHost : IAsyncLifetime
{
    public LocalHostUnderTest Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Clock:Acceleration"] = "20000",
                ["CardSaga:PsbSync:FirstCheckAfter"] = SharedHost.FirstPsbCheck,
            });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>The roster id stored on the application (the API never tells it for an application id).</summary>
    public async Task<string> RosterIdOfAsync(string applicationId)
    {
        var row = await Host.RowAsync(StorageNames.ApplicationsTable, applicationId, "app");
        var id = JsonDocument.Parse(row!.GetString("Data")).RootElement.GetProperty("rosterId").GetString();
        return id ?? throw new InvalidOperationException($"Application {applicationId} has no roster id.");
    }
}

[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<JourneyHost>
{
    public const string Name = "journeys";
}
