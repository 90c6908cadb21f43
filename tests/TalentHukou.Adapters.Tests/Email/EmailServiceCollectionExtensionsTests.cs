using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Acs;
using TalentHukou.Adapters.Email.Smtp;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Adapters.Tests.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    [Fact]
    public void AddEmailTransport_NoConfiguration_UsesLocalSmtpAndPassesValidation()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<SmtpEmailTransport>(services.GetRequiredService<IEmailTransport>());
        Assert.Equal(1025, services.GetRequiredService<IOptions<SmtpEmailTransportOptions>>().Value.Port);
    }

    [Fact]
    public void AddEmailOutbox_NoConfiguration_AddsTheTransportAndTheTemplates()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development })
            .AddEmailTransport(configuration).AddEmailOutbox().BuildServiceProvider();

        Assert.IsType<SmtpEmailTransport>(services.GetRequiredService<IEmailTransport>());
        Assert.NotNull(services.GetRequiredService<EmailTemplateCatalog>());
    }

    [Fact]
    public void AddEmailTransport_AcsWithConnectionString_UsesAcs()
    {
        using var services = Build(new()
        {
            ["Email:Transport"] = "Acs",
            ["Email:Acs:ConnectionString"] = "endpoint=https://contoso.communication.azure.com/;accesskey=YWJjZA==",
            ["Email:Acs:SenderAddress"] = "DoNotReply@contoso.azurecomm.net",
        });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<AcsEmailTransport>(services.GetRequiredService<IEmailTransport>());
    }

    [Fact]
    public void AddEmailTransport_AcsWithEndpointOnly_UsesManagedIdentity()
    {
        using var services = Build(new()
        {
            ["Email:Transport"] = "Acs",
            ["Email:Acs:Endpoint"] = "https://contoso.communication.azure.com/",
            ["Email:Acs:SenderAddress"] = "DoNotReply@contoso.azurecomm.net",
        });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<AcsEmailTransport>(services.GetRequiredService<IEmailTransport>());
    }

    [Theory]
    [InlineData(null, "DoNotReply@contoso.azurecomm.net", "Email:Acs:ConnectionString")]
    [InlineData("endpoint=https://contoso.communication.azure.com", "DoNotReply@contoso.azurecomm.net", "accesskey")]
    [InlineData("endpoint=https://contoso.communication.azure.com;accesskey=YWJjZA==", "", "SenderAddress")]
    public void AddEmailTransport_IncompleteAcsSettings_FailsAtStart(
        string? connectionString, string sender, string expected)
    {
        using var services = Build(new()
        {
            ["Email:Transport"] = "Acs",
            ["Email:Acs:ConnectionString"] = connectionString,
            ["Email:Acs:SenderAddress"] = sender,
        });

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void AddEmailTransport_BadSmtpPort_FailsAtStart()
    {
        using var services = Build(new() { ["Email:Smtp:Port"] = "0" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void AddEmailTransport_UnknownTransport_ThrowsNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Email:Transport"] = "Carrier pigeon" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(
            () => new ServiceCollection().AddEmailTransport(configuration));

        Assert.Contains("Email:Transport", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development })
            .AddEmailTransport(configuration).BuildServiceProvider();
    }
}
