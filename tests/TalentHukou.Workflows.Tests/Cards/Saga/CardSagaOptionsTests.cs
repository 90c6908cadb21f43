using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Testing.Cards;
using TalentHukou.Workflows.Cards.Saga;

namespace TalentHukou.Workflows.Tests.Cards.Saga;

public sealed class CardSagaOptionsTests
{
    [Fact]
    public void Defaults_ThreeMonthsValidity_Valid()
    {
        var options = new CardSagaOptions();

        Assert.Empty(options.Problems(new TestEnvironment(Environments.Production)));
        Assert.Equal(3, options.ValidityMonths);
        Assert.Null(options.FailAtStep);
    }

    [Theory]
    [InlineData("ValidityMonths", "0")]
    [InlineData("FailAtStep", "explode")]
    [InlineData("PsbSync:ReconciliationRounds", "0")]
    [InlineData("PsbSync:FirstCheckAfter", "00:00:00")]
    public void Bind_OutOfRange_RefusedAtStart(string key, string value) =>
        Assert.Throws<OptionsValidationException>(() => Resolve(Environments.Development, (key, value)));

    [Fact]
    public void Bind_PsbSyncSection_ReadsDurationsAndRounds()
    {
        var options = Resolve(
            Environments.Development,
            ("PsbSync:ReconcileAfter", "00:00:03"),
            ("PsbSync:ReconciliationRounds", "7"),
            ("ValidityMonths", "6"));

        Assert.Equal(TimeSpan.FromSeconds(3), options.PsbSync.ReconcileAfter);
        Assert.Equal(7, options.PsbSync.ReconciliationRounds);
        Assert.Equal(6, options.ValidityMonths);
    }

    [Fact]
    public void FailAtStep_InDevelopment_Accepted() =>
        Assert.Equal(CardSagaSteps.Sign, Resolve(Environments.Development, ("FailAtStep", "sign")).FailAtStep);

    [Fact]
    public void FailAtStep_OutsideDevelopment_Refused() =>
        Assert.Throws<OptionsValidationException>(() => Resolve(Environments.Production, ("FailAtStep", "sign")));

    private static CardSagaOptions Resolve(string environment, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"CardSaga:{s.Key}", (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        services.AddTalentHukouCardSaga(new TestEnvironment(environment));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<CardSagaOptions>>().Value;
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
