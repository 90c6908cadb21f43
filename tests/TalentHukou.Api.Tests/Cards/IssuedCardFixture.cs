using TalentHukou.Adapters.Cards;
using TalentHukou.Testing;
using TalentHukou.Workflows.Cards.Saga;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// A host with a fault-free public-security simulator and one card issued through the saga, shared by the card
/// route tests.
/// </summary>
public sealed class IssuedCardFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://rc.example.gz.gov.cn";

    public static Dictionary<string, string?> FastSaga() => new()
    {
        ["Cards:PublicBaseUrl"] = PublicBaseUrl,
        ["CardSaga:StepFirstRetry"] = "00:00:00.200",
        ["CardSaga:PsbSync:FirstCheckAfter"] = "00:00:00.500",
        ["CardSaga:PsbSync:MaxCheckInterval"] = "00:00:01",
        ["CardSaga:PsbSync:ReconcileAfter"] = "00:00:03",
        ["CardSaga:PsbSync:RoundInterval"] = "00:00:01",
        ["CardSaga:PsbSync:ReconciliationRounds"] = "4",
    };

    public LocalHostUnderTest Host { get; private set; } = null!;

    public SeededApplication Application { get; private set; } = null!;

    public CardIssuanceResult Result { get; private set; } = null!;

    public string CardNumber => Result.CardNumber!;

    public async Task InitializeAsync()
    {
        Host = await LocalHostUnderTest.StartAsync(settings: FastSaga());
        Application = await CardSagaDriver.SeedAsync(Host, "applicant-card-owner");
        Result = await CardSagaDriver.RunAsync(Host, Application.ApplicationId);
    }

    public Task<HttpClient> OwnerAsync() => Host.ClientForAsync(Application.Owner, ["applicant"]);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class IssuedCardCollection : ICollectionFixture<IssuedCardFixture>
{
    public const string Name = "issued card";
}
