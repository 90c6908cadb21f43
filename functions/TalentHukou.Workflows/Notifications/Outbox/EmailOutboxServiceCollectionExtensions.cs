using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Health;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// Registers the e-mail outbox: delivery, recipients, retry options, links, and the transport's health probe.
/// </summary>
public static class EmailOutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EmailOutboxOptions"/> (section <c>Email:Outbox</c>) and <see cref="FrontendOptions"/>, both
    /// validated at start-up, the delivery services and the <c>email</c> health probe. The transport and the outbox
    /// store are the adapters layer's; the activities are registered by <c>DurableTasks</c>.
    /// </summary>
    public static IServiceCollection AddEmailOutbox(this IServiceCollection services)
    {
        services.AddValidatedOptions<FrontendOptions>(FrontendOptions.SectionName);
        services.TryAddSingleton(sp =>
            new FrontendLinks(sp.GetRequiredService<IOptions<FrontendOptions>>().Value.BaseUrl));
        services.TryAddSingleton<Templates.EmailTemplateCatalog>();
        services.AddValidatedOptions<EmailOutboxOptions>(EmailOutboxOptions.SectionName);
        services.TryAddSingleton<SmsDelivery>();
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<NoticeRecipients>();
        services.TryAddSingleton<NotificationQueue>();
        services.AddValidatedOptions<Verification.PhoneVerificationOptions>(
            Verification.PhoneVerificationOptions.SectionName);
        services.TryAddSingleton<Verification.PhoneVerifications>();
        services.AddSingleton<IHealthProbe, EmailTransportHealthProbe>();
        return services;
    }
}
