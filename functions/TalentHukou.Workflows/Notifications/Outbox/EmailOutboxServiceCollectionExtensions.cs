using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Health;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>Registers the e-mail outbox: its store, delivery, recipients, retry options, statistics, and the transport's health probe.</summary>
public static class EmailOutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds the transport (<see cref="EmailServiceCollectionExtensions.AddEmailTransport"/>), the outbox store and
    /// <see cref="EmailOutboxStats"/>, <see cref="EmailOutboxOptions"/> (section <c>Email:Outbox</c>, validated at
    /// start-up) and the <c>email</c> health probe. The activities themselves are registered by <c>DurableTasks</c>.
    /// </summary>
    public static IServiceCollection AddEmailOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEmailTransport(configuration);
        services.AddOptions<FrontendOptions>().Bind(configuration.GetSection(FrontendOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                "Frontend:BaseUrl must be an absolute http(s) URL.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new FrontendLinks(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FrontendOptions>>().Value.BaseUrl));
        services.TryAddSingleton<Templates.EmailTemplateCatalog>();
        services.AddOptions<EmailOutboxOptions>()
            .Bind(configuration.GetSection(EmailOutboxOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.MaxRetryDelay >= o.FirstRetryDelay, "Email:Outbox:MaxRetryDelay must not be shorter than FirstRetryDelay.")
            .ValidateOnStart();
        services.TryAddSingleton<EmailOutboxStore>();
        services.TryAddSingleton<EmailOutboxStats>();
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<NoticeRecipients>();
        services.TryAddSingleton<NotificationQueue>();
        services.AddSingleton<IHealthProbe, EmailTransportHealthProbe>();
        return services;
    }
}
