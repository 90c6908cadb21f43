using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.UseCases;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Cases;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Registry.UseCases;
using TalentHukou.Workflows.Retention;
using TalentHukou.Workflows.Support;
using TalentHukou.Workflows.Support.UseCases;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows;

/// <summary>
/// The workflows layer's services: business time, the use cases, the stored processes and their orchestrations'
/// collaborators, the outbox and the card saga. Needs <c>AddTalentHukouAdapters</c>; the orchestrators and
/// activities themselves are registered by each host through <see cref="Durable.DurableTasks"/>.
/// </summary>
public static class WorkflowsServiceCollectionExtensions
{
    public static IServiceCollection AddTalentHukouWorkflows(
        this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSingleton<BusinessClock>();
        // Validity dates are business dates, so cards are checked against the business clock (accelerated in
        // Development).
        services.Replace(ServiceDescriptor.Singleton(sp => new CardVerifier(
            sp.GetRequiredService<ICardSigningKeyProvider>(), sp.GetRequiredService<CardHolderDigest>(),
            new BusinessTimeProvider(sp.GetRequiredService<BusinessClock>()))));
        services.TryAddSingleton<Durable.IInstanceHistorySource, Durable.ClientInstanceHistorySource>();
        services.AddProcesses();
        services.AddApplications();
        services.AddRegistry();
        services.AddSupport();
        services.AddEmailOutbox();
        services.AddTalentHukouCases();
        return services.AddTalentHukouCardSaga(environment);
    }

    /// <summary>Starting stored processes, sweeping the unstarted, and the periodic jobs.</summary>
    private static IServiceCollection AddProcesses(this IServiceCollection services)
    {
        services.AddValidatedOptions<UnstartedProcessOptions>(UnstartedProcessOptions.SectionName);
        services.AddValidatedOptions<IdempotencyOptions>(IdempotencyOptions.SectionName);
        // A thing unstarted for as long as a silent first try is deemed dead (Idempotency:PendingTimeout) is started.
        services.AddSingleton(sp => new UnstartedProcessSweepInput(
            sp.GetRequiredService<IOptions<UnstartedProcessOptions>>().Value.SweepInterval,
            sp.GetRequiredService<IOptions<IdempotencyOptions>>().Value.PendingTimeout));
        services.AddValidatedOptions<RetentionOptions>(RetentionOptions.SectionName);
        services.AddSingleton(sp =>
        {
            var retention = sp.GetRequiredService<IOptions<RetentionOptions>>().Value;
            return new InstanceRetentionInput(retention.CompletedInstances, retention.CheckInterval);
        });
        return services.AddSingleton<PeriodicWork>().AddSingleton<StoredProcessLauncher>();
    }

    private static IServiceCollection AddApplications(this IServiceCollection services)
    {
        services.AddValidatedOptions<ApplicationPolicy>(ApplicationPolicy.SectionName);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ApplicationPolicy>>().Value);
        return services
            .AddSingleton<ApplicationUpdater>()
            .AddSingleton<Privacy.ApplicationReprotection>()
            .AddSingleton<ApplicationProcess>()
            .AddSingleton<IStoredProcess>(sp => sp.GetRequiredService<ApplicationProcess>())
            .AddSingleton<SubmitApplication>()
            .AddSingleton<TakeDecision>()
            .AddSingleton<FileObjection>()
            .AddSingleton<WithdrawApplication>()
            .AddSingleton<ReturnApplication>()
            .AddSingleton<CorrectApplication>()
            .AddSingleton<PublicityRosterSync>()
            .AddSingleton<ApplicationStepRecorder>();
    }

    private static IServiceCollection AddRegistry(this IServiceCollection services)
    {
        services.AddValidatedOptions<RegistryOptions>(RegistryOptions.SectionName);
        return services
            .AddSingleton<RegistryApprovals>()
            .AddSingleton<RegistryNameGuard>()
            .AddSingleton<RegistryRequestFiler>()
            .AddSingleton<IStoredProcess>(sp => sp.GetRequiredService<RegistryRequestFiler>());
    }

    private static IServiceCollection AddSupport(this IServiceCollection services)
    {
        services.AddValidatedOptions<SupportOptions>(SupportOptions.SectionName);
        return services
            .AddSingleton<SupportTicketFiler>()
            .AddSingleton<IStoredProcess>(sp => sp.GetRequiredService<SupportTicketFiler>());
    }
}
