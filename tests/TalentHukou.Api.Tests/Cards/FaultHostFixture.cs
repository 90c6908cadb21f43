using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// A host whose fault switches (CardSaga:FailAtStep, PublicSecurity:*) the tests of its collection flip one at a
/// time.
/// </summary>
public sealed class FaultHostFixture : IAsyncLifetime
{
    public LocalHostUnderTest Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await LocalHostUnderTest.StartAsync(settings: IssuedCardFixture.FastSaga());

    /// <summary>Sets a switch until the returned scope is disposed.</summary>
    public IDisposable Switch(string key, string value)
    {
        Host.ChangeSetting(key, value);
        return new Restore(
            () => Host.ChangeSetting(key, key.StartsWith("CardSaga", StringComparison.Ordinal) ? "" : "0"));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}

[CollectionDefinition(Name)]
public sealed class FaultHostCollection : ICollectionFixture<FaultHostFixture>
{
    public const string Name = "card saga faults";
}
