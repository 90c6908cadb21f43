using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email.Acs;
using TalentHukou.Adapters.Email.Smtp;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Email;

/// <summary>Registers the e-mail transport chosen by <c>Email:Transport</c> and the template catalog.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IEmailTransport"/> (SMTP unless <c>Email:Transport</c> is <c>Acs</c>) with its options
    /// validated at start-up. Only the chosen transport's settings are read,
    /// so a local run needs nothing from Azure.
    /// </summary>
    public static IServiceCollection AddEmailTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var email = configuration.GetSection(EmailOptions.SectionName).Get<EmailOptions>() ?? new EmailOptions();
        services.AddValidatedOptions<EmailOptions>(EmailOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);

        if (email.Transport == EmailTransportKind.Acs)
        {
            services.AddValidatedOptions<AcsEmailTransportOptions>(AcsEmailTransportOptions.SectionName);
            services.TryAddSingleton(CreateAcsClient);
            services.TryAddSingleton<IEmailTransport, AcsEmailTransport>();
        }
        else
        {
            services.AddValidatedOptions<SmtpEmailTransportOptions>(SmtpEmailTransportOptions.SectionName);
            services.TryAddSingleton<IEmailTransport, SmtpEmailTransport>();
        }

        return services;
    }

    private static AcsEmailClient CreateAcsClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AcsEmailTransportOptions>>().Value;
        var clientOptions = new AcsEmailClientOptions
        {
            TimeProvider = services.GetRequiredService<TimeProvider>(),
            MaxInlineRetryAfter = options.MaxInlineRetryAfter,
        };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new AcsEmailClient(options.ConnectionString, clientOptions);
        }

        TokenCredential credential = new ManagedIdentityCredential(
            string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new AcsEmailClient(options.Endpoint!, credential, clientOptions);
    }
}
