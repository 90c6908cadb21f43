using Microsoft.Playwright;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.Ops.SignIn;

/// <summary>
/// One local host whose ops page signs in through <see cref="TestAuthorizationServer"/> (its authority and the API's
/// token issuer), and one headless Chromium, shared by the sign-in tests. Without Chromium only the servers start.
/// </summary>
public sealed class OpsConsoleSignInFixture : IAsyncLifetime
{
    public const string Operator = "ops-entra-operator";
    private IPlaywright? _playwright;

    public TestAuthorizationServer Authority { get; private set; } = null!;

    public LocalHostUnderTest Host { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        Authority = await TestAuthorizationServer.StartAsync("talenthukou-api", Operator);
        Host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Auth:Authority"] = Authority.Issuer,
            ["Auth:Issuer"] = Authority.Issuer,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["OpsConsole:Authority"] = Authority.Issuer,
            ["OpsConsole:ClientId"] = TestAuthorizationServer.ClientId,
            ["OpsConsole:Scope"] = TestAuthorizationServer.Scope,
        });
        if (File.Exists(Chromium.ExecutablePath)) (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Host.DisposeAsync();
        await Authority.DisposeAsync();
    }
}
