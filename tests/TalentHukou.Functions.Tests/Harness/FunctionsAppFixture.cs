using TalentHukou.FunctionsHost;
using TalentHukou.Testing;

namespace TalentHukou.Functions.Tests.Harness;

/// <summary>The published Functions app, started once for a test class through the host harness on the test Azurite.</summary>
public sealed class FunctionsAppFixture : IAsyncLifetime
{
    public FunctionsHostHarness Harness { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static Dictionary<string, string?> Settings()
    {
        var settings = TestHostSettings.For(HostNames.New(), TestEnvironment.StorageConnectionString);
        settings.Remove("Auth:DevSigningKey"); // the Functions app refuses it
        settings["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development";
        settings["Auth:Authority"] = "https://login.invalid/harness";
        return settings;
    }

    public async Task InitializeAsync()
    {
        Harness = await FunctionsHostHarness.StartAsync(Settings());
        Client = new HttpClient { BaseAddress = Harness.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Harness.DisposeAsync();
    }
}
