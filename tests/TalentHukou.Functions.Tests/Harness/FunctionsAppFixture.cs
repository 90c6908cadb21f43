using TalentHukou.FunctionsHost;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;

namespace TalentHukou.Functions.Tests.Harness;

/// <summary>
/// The published Functions app, started once for a test class or collection through the host harness on the test
/// Azurite, with the local host's settings file under the test settings, in Development, signed in through the
/// harness's test OpenID issuer (<c>POST dev/token</c>).
/// </summary>
public class FunctionsAppFixture : IApiUnderTest, IAsyncLifetime
{
    public FunctionsHostHarness Harness { get; private set; } = null!;

    /// <summary>A client without a token on the harness's HTTP front (paths start with <c>api/</c>).</summary>
    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => new(Harness.BaseAddress, "api/");

    public HttpClient Anonymous { get; private set; } = null!;

    /// <inheritdoc cref="IApiUnderTest.ClientForAsync"/>
    public Task<HttpClient> ClientForAsync(
        string sub,
        string[] roles,
        string? unit = null,
        string? hrss = null,
        string? email = null,
        string? idNumber = null) =>
        DevTokenClients.ClientForAsync(this, sub, roles, unit, hrss, email, idNumber);

    /// <inheritdoc cref="IApiUnderTest.TokenForAsync"/>
    public Task<string> TokenForAsync(
        string sub,
        string[] roles,
        string? unit = null,
        string? hrss = null,
        string? email = null,
        string? idNumber = null) =>
        DevTokenClients.TokenForAsync(this, sub, roles, unit, hrss, email, idNumber);

    public static Dictionary<string, string?> Settings()
    {
        var settings = LocalHostSettings.Read(development: false);
        foreach (var (key, value) in TestHostSettings.For(HostNames.New(), TestEnvironment.StorageConnectionString))
            settings[key] = value;
        settings.Remove("Auth:DevSigningKey"); // the Functions app refuses it; the harness's issuer signs instead
        settings.Remove("LocalHost:Port");
        settings["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development";
        return settings;
    }

    /// <summary>Settings this fixture adds to <see cref="Settings"/>.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> MoreSettings() => [];

    public async Task InitializeAsync()
    {
        var settings = Settings();
        foreach (var (key, value) in MoreSettings()) settings[key] = value;
        Harness = await FunctionsHostHarness.StartAsync(settings);
        Client = new HttpClient { BaseAddress = Harness.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Anonymous = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        await Harness.DisposeAsync();
    }
}

/// <summary>
/// The Functions app with business time accelerated by its <c>Clock:*</c> start-up settings (a calendar day in about
/// 3.5 seconds): <c>/dev/clock</c> re-anchors a clock in the local host's process and has no worker counterpart.
/// </summary>
public sealed class AcceleratedFunctionsApp : FunctionsAppFixture
{
    // Not faster: a return's correction window (5 working days, about 7.6 days) must outlast the status write's lag on
    // a loaded CI machine (at 50,000 it was 13 s, and one run's status showed "returned" only after the deadline).
    public const double Acceleration = 25_000;

    /// <summary>Public-security calls about this holder fail their first <see cref="FlakyCalls"/> times.</summary>
    public string FlakyIdNumber { get; } = IdNumbers.New();

    public const int FlakyCalls = 2;

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings() =>
    [
        new("Clock:Acceleration", Acceleration.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("PublicSecurity:FlakyIdNumber", FlakyIdNumber),
        new("PublicSecurity:FlakyCalls", FlakyCalls.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}

[CollectionDefinition(Name)]
public sealed class AcceleratedFunctionsAppCollection : ICollectionFixture<AcceleratedFunctionsApp>
{
    public const string Name = "Functions app through the harness, accelerated clock";
}
