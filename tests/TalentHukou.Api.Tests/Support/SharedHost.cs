using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Support;

/// <summary>
/// One local host on the test Azurite, with its own SMTP server, shared by the HTTP tests of a collection.
/// </summary>
public sealed class SharedHost : IAsyncLifetime
{
    public LocalHostUnderTest Host { get; private set; } = null!;

    public SmtpCatcher Mail { get; } = SmtpCatcher.Started();

    public async Task InitializeAsync() => Host = await LocalHostUnderTest.StartAsync(
        settings: new Dictionary<string, string?>(Mail.Settings())
        {
            ["Clock:Acceleration"] = "100000", // a working day passes in about a second
            // Real time, not business time: the first public-security cross-check after 1 s rather than 30 s (no test
            // here waits for the sync to be slow; PsbReconciliationTests and the card fixtures set their own).
            ["CardSaga:PsbSync:FirstCheckAfter"] = FirstPsbCheck,
        });

    /// <summary>The wait before a card's first public-security cross-check on the shared test hosts.</summary>
    public const string FirstPsbCheck = "00:00:01";

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedHostCollection : ICollectionFixture<SharedHost>
{
    public const string Name = "shared local host";
}

/// <summary>
/// A second shared host, so the longest end-to-end classes run beside the first collection rather than after it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecondSharedHostCollection : ICollectionFixture<SharedHost>
{
    public const string Name = "second shared local host";
}

/// <summary>A third shared host, for long classes that would otherwise hold the first collection up.</summary>
[CollectionDefinition(Name)]
public sealed class ThirdSharedHostCollection : ICollectionFixture<SharedHost>
{
    public const string Name = "third shared local host";
}
