using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Calendar;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.PublicSecurity;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Seed;
using TalentHukou.Adapters.Sms;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Support;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Common;

namespace TalentHukou.Adapters;

/// <summary>
/// The adapters layer's services: storage and its stores, time, the calendar, seed data, privacy, cards, e-mail, PSB.
/// </summary>
public static class AdaptersServiceCollectionExtensions
{
    public static IServiceCollection AddTalentHukouAdapters(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.TryAddSingleton(environment); // settings check their rules against it (ISelfValidatingOptions)
        services.AddValidatedOptions<StorageOptions>(StorageOptions.SectionName);
        services.AddValidatedOptions<ClockOptions>(ClockOptions.SectionName);
        services.AddValidatedOptions<SeedOptions>(SeedOptions.SectionName)
            .PostConfigure(o => o.LoadDemoEmployers ??= environment.IsDevelopment());
        services.TryAddSingleton(TimeProvider.System);
        services.AddTalentHukouCalendar();
        services.AddSingleton<ClockAnchorStore>();
        services.AddSingleton<StorageClients>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<SasacEnterpriseList>();
        services.AddSingleton<SeedDataLoader>();
        services.AddSingleton<PrivateBlobs>();
        services.AddSingleton<Audit.AuditTrail>();
        services.AddSingleton<Decisions.DecisionStore>();
        services.AddSingleton<Staff.AuthorizationChanges>();
        services.AddSingleton<Staff.StaffAssignments>();
        services.AddTalentHukouPrivacy();
        services.AddTalentHukouCards();
        services.AddEmailTransport(configuration);
        services.AddSmsGateway(configuration);
        services.AddSimulatedPublicSecurity();
        return services.AddStores();
    }

    /// <summary>The records of applications, registries, tickets, cards and the e-mail outbox.</summary>
    private static IServiceCollection AddStores(this IServiceCollection services) => services
        .AddSingleton<ApplicationStore>()
        .AddSingleton<ActiveApplicationLocks>()
        .AddSingleton<Processes.UnstartedMarks>()
        .AddSingleton<Publicity.PublicityRoster>()
        .AddSingleton<EmployerDirectory>()
        .AddSingleton<RegistryRequestStore>()
        .AddSingleton<RegistryNameClaims>()
        .AddSingleton<UnitAdminGrants>()
        .AddSingleton<SchoolDirectory>()
        .AddSingleton<MajorDirectory>()
        .AddSingleton<IEducationLookup, EducationLookup>()
        .AddSingleton<SupportTicketStore>()
        .AddSingleton<ContactDirectory>()
        .AddSingleton(sp => new CardNumberReservations(sp.GetRequiredService<StorageClients>()))
        .AddSingleton<CardRegistry>()
        .AddSingleton<CardHolderClaims>()
        .AddSingleton<Ops.BulkDryRuns>()
        .AddSingleton<CardDocuments>()
        .AddSingleton<EmailOutboxStore>()
        .AddSingleton<EmailOutboxStats>()
        .AddSingleton<Sms.SmsSendLog>()
        .AddSingleton<Sms.Verification.ContactVerificationStore>();
}
