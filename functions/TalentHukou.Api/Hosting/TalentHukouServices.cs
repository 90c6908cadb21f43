using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Calendar;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Seed;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Support;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Applications.UseCases;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Registry.UseCases;
using TalentHukou.Workflows.Support;
using TalentHukou.Workflows.Support.UseCases;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Hosting;

/// <summary>The services of the application, identical in the Functions app and the local host.</summary>
public static class TalentHukouServices
{
    public static IServiceCollection AddTalentHukou(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString) || !string.IsNullOrWhiteSpace(o.AccountName),
                "Storage:ConnectionString or Storage:AccountName must be set.")
            .ValidateOnStart();
        services.AddOptions<ClockOptions>().Bind(configuration.GetSection(ClockOptions.SectionName))
            .Validate(o => o.Acceleration is > 0 and <= 10_000_000, "Clock:Acceleration must be between 0 and 10,000,000.")
            .Validate(o => environment.IsDevelopment() || (o.Acceleration == 1 && o.BusinessStart is null),
                "Clock:Acceleration and Clock:BusinessStart may only be changed in the Development environment.")
            .ValidateOnStart();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName))
            .Validate(o => o.Issuer.Length > 0, "Auth:Issuer must be set.")
            .Validate(o => o.Audience.Length > 0, "Auth:Audience must be set.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Authority) || !string.IsNullOrWhiteSpace(o.DevSigningKey), "Auth:Authority (or, in Development, Auth:DevSigningKey) must be set.")
            .Validate(o => string.IsNullOrWhiteSpace(o.DevSigningKey) || environment.IsDevelopment(), "Auth:DevSigningKey is for the Development environment only.")
            .Validate(o => string.IsNullOrWhiteSpace(o.DevSigningKey) || DecodesToAtLeast32Bytes(o.DevSigningKey), "Auth:DevSigningKey must be base64 of at least 32 bytes.")
            .Validate(o => IdentityClaims.IsUsableName(o.IdentityClaim), IdentityClaims.NameRule)
            .Validate(o => !o.IdentityClaimHashed || !string.IsNullOrWhiteSpace(o.IdentityClaim),
                "Auth:IdentityClaimHashed needs Auth:IdentityClaim (the claim that carries the hash).")
            .ValidateOnStart();

        services.AddSingleton<IValidateOptions<UnresolvedKeyVaultReferences.Check>>(new UnresolvedKeyVaultReferences(configuration));
        services.AddOptions<UnresolvedKeyVaultReferences.Check>().ValidateOnStart();
        services.AddTalentHukouPrivacy();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Workflows.Durable.IInstanceHistorySource, Workflows.Durable.ClientInstanceHistorySource>();
        services.AddTalentHukouCalendar(configuration);
        services.AddSingleton<BusinessClock>();
        services.AddSingleton<ClockAnchorStore>();
        services.AddSingleton<StorageClients>();
        services.AddSingleton<StorageInitializer>();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName))
            .PostConfigure(o => o.LoadDemoEmployers ??= environment.IsDevelopment())
            .Validate(o => Directory.Exists(o.DataDirectory), "Seed:DataDirectory must exist (it holds the operator-edited data files).")
            .Validate(o => o.LoadDemoEmployers != true || environment.IsDevelopment(),
                "Seed:LoadDemoEmployers is for the Development environment only (its employers have made-up credit codes).")
            .ValidateOnStart();
        services.AddSingleton<SasacEnterpriseList>();
        services.AddSingleton<SeedDataLoader>();
        services.AddSingleton<PrivateBlobs>();
        services.AddSingleton<Adapters.Audit.AuditTrail>();
        services.AddSingleton<Adapters.Decisions.DecisionStore>();
        services.AddRegistry(configuration);
        services.AddSupport(configuration);
        services.AddOptions<Workflows.Applications.ApplicationPolicy>().Bind(configuration.GetSection(Workflows.Applications.ApplicationPolicy.SectionName))
            .Validate(o => o.CorrectionWorkingDays is >= 1 and <= 30, "Applications:CorrectionWorkingDays must be 1 to 30.")
            .Validate(o => o.MaxReturns is >= 1 and <= 10, "Applications:MaxReturns must be 1 to 10.")
            .Validate(o => o.MaterialRetentionDays is >= 1 and <= 3650, "Applications:MaterialRetentionDays must be 1 to 3650.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Workflows.Applications.ApplicationPolicy>>().Value);
        services.AddApplications(configuration);
        services.AddEmailOutbox(configuration);
        services.AddSingleton<Ops.IOpsMetricSource, Ops.EmailOutboxMetricSource>();
        services.AddCards(environment);
        services.AddSingleton<BearerAuthenticator>();
        services.AddSingleton<Adapters.Staff.StaffAssignments>();
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<IdentityProof>();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .Validate(o => o.WritesPerMinute > 0, "RateLimit:WritesPerMinute must be positive.").ValidateOnStart();
        services.AddSingleton<WriteRateLimiter>();
        services.AddSingleton<ClientRateLimits>();
        services.AddSingleton<ApiPipeline>();
        services.AddOptions<Idempotency.IdempotencyOptions>().Bind(configuration.GetSection(Idempotency.IdempotencyOptions.SectionName))
            .Validate(o => o.PendingTimeout > TimeSpan.Zero, "Idempotency:PendingTimeout must be positive.").ValidateOnStart();
        services.AddSingleton<Idempotency.IdempotencyStore>();
        services.AddSingleton<Idempotency.IdempotentExecution>();
        services.Configure<JsonOptions>(o =>
        {
            foreach (var converter in JsonBody.Options.Converters) o.SerializerOptions.Converters.Add(converter);
        });
        services.AddHostedService<StartupTasks>();
        return services.AddHandlerServices();
    }

    /// <summary>Applications: the stores, the process and its recovery sweep, the use cases, and what the routes use.</summary>
    private static IServiceCollection AddApplications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UnstartedProcessOptions>().Bind(configuration.GetSection(UnstartedProcessOptions.SectionName))
            .Validate(o => o.SweepInterval > TimeSpan.Zero, "Processes:Unstarted:SweepInterval must be positive.")
            .ValidateOnStart();
        // A thing unstarted for as long as a silent first try is deemed dead (Idempotency:PendingTimeout) is started.
        services.AddSingleton(sp => new UnstartedProcessSweepInput(
            sp.GetRequiredService<IOptions<UnstartedProcessOptions>>().Value.SweepInterval,
            sp.GetRequiredService<IOptions<Idempotency.IdempotencyOptions>>().Value.PendingTimeout));
        services.AddOptions<Workflows.Retention.RetentionOptions>()
            .Bind(configuration.GetSection(Workflows.Retention.RetentionOptions.SectionName))
            .Validate(o => o.CompletedInstances > TimeSpan.Zero, "Retention:CompletedInstances must be positive.")
            .Validate(o => o.CheckInterval > TimeSpan.Zero, "Retention:CheckInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var retention = sp.GetRequiredService<IOptions<Workflows.Retention.RetentionOptions>>().Value;
            return new Workflows.Retention.InstanceRetentionInput(retention.CompletedInstances, retention.CheckInterval);
        });
        services.AddSingleton<PeriodicWork>();
        return services
            .AddSingleton<Adapters.Applications.ApplicationStore>()
            .AddSingleton<Adapters.Applications.ActiveApplicationLocks>()
            .AddSingleton<Adapters.Processes.UnstartedMarks>()
            .AddSingleton<StoredProcessLauncher>()
            .AddSingleton<Workflows.Applications.ApplicationUpdater>()
            .AddSingleton<Workflows.Privacy.ApplicationReprotection>()
            .AddSingleton<Workflows.Applications.ApplicationProcess>()
            .AddSingleton<IStoredProcess>(sp => sp.GetRequiredService<Workflows.Applications.ApplicationProcess>())
            .AddSingleton<SubmitApplication>()
            .AddSingleton<TakeDecision>()
            .AddSingleton<FileObjection>()
            .AddSingleton<WithdrawApplication>()
            .AddSingleton<ReturnApplication>()
            .AddSingleton<CorrectApplication>()
            .AddSingleton<Adapters.Publicity.PublicityRoster>()
            .AddSingleton<Workflows.Applications.PublicityRosterSync>()
            .AddSingleton<Workflows.Applications.ApplicationStepRecorder>()
            .AddTransient<Applications.ApplicationServices>()
            .AddTransient<Applications.PublicityServices>();
    }

    /// <summary>The services records that the route handlers take (<see cref="Handle.With{TServices}"/>).</summary>
    private static IServiceCollection AddHandlerServices(this IServiceCollection services) => services
        .AddTransient<Registry.EmployerRegistryServices>()
        .AddTransient<Registry.SchoolRegistryServices>()
        .AddTransient<Registry.RegistryRequestServices>()
        .AddTransient<Support.SupportTicketServices>()
        .AddTransient<Support.TicketConversationServices>()
        .AddTransient<Support.ContactServices>()
        .AddTransient<Cards.CardServices>()
        .AddTransient<Endpoints.HealthServices>()
        .AddTransient<Ops.OpsServices>()
        .AddTransient<Ops.KeyRotationServices>()
        .AddTransient<Admin.StaffAdminServices>()
        .AddTransient<Admin.CalendarAdminServices>();

    private static IServiceCollection AddRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Workflows.Registry.RegistryOptions>().Bind(configuration.GetSection(Workflows.Registry.RegistryOptions.SectionName))
            .Validate(o => Domain.Identity.EmailAddress.Parse(o.TeamEmail).IsValid, "Registry:TeamEmail must be an email address.")
            .ValidateOnStart();
        return services.AddSingleton<Adapters.Registry.EmployerDirectory>()
        .AddSingleton<Adapters.Registry.RegistryRequestStore>()
        .AddSingleton<Adapters.Registry.UnitAdminGrants>()
        .AddSingleton<Workflows.Registry.RegistryApprovals>()
        .AddSingleton<Adapters.Registry.SchoolDirectory>()
        .AddSingleton<Adapters.Registry.MajorDirectory>()
        .AddSingleton<Adapters.Registry.IEducationLookup, Adapters.Registry.EducationLookup>()
        .AddSingleton<RegistryRequestFiler>()
        .AddSingleton<Workflows.Processes.IStoredProcess>(sp => sp.GetRequiredService<RegistryRequestFiler>());
    }

    /// <summary>Card signing and rendering, the card saga, and the simulated public-security registry.</summary>
    private static IServiceCollection AddCards(this IServiceCollection services, IHostEnvironment environment)
    {
        // Validity dates are business dates, so cards are checked against the business clock (accelerated in Development).
        services.AddSingleton(sp => new CardVerifier(
            sp.GetRequiredService<ICardSigningKeyProvider>(), sp.GetRequiredService<CardHolderDigest>(), new BusinessTimeProvider(sp.GetRequiredService<BusinessClock>())));
        services.AddTalentHukouCards();
        // A card's QR code outlives the deployment that printed it: outside Development it must point at the public site.
        services.AddOptions<CardsOptions>()
            .Validate(o => environment.IsDevelopment() || IsPublicHttps(o.PublicBaseUrl),
                "Cards:PublicBaseUrl must be the public https address of the API's host (no /api, not localhost) outside Development.")
            .ValidateOnStart();
        // E-mail links outlive the deployment too: outside Development they must open the public front end.
        services.AddOptions<Workflows.Notifications.FrontendOptions>()
            .Validate(o => environment.IsDevelopment() || IsPublicHttps(o.BaseUrl),
                "Frontend:BaseUrl must be the public https address of the front end (not localhost) outside Development.")
            .ValidateOnStart();
        services.AddSingleton<Ops.IOpsMetricSource, Cards.PsbReconciliationMetric>();
        return services.AddTalentHukouCardSaga(environment);
    }

    private static IServiceCollection AddSupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupportOptions>().Bind(configuration.GetSection(SupportOptions.SectionName))
            .Validate(o => Domain.Identity.EmailAddress.Parse(o.TeamEmail).IsValid, "Support:TeamEmail must be an email address.")
            .Validate(o => o.ReminderBeforeDue >= TimeSpan.Zero, "Support:ReminderBeforeDue must not be negative.")
            .ValidateOnStart();
        return services
            .AddSingleton<SupportTicketStore>()
            .AddSingleton<ContactDirectory>()
            .AddSingleton<Ops.IOpsMetricSource, Ops.SupportTicketMetricSource>()
            .AddSingleton<SupportTicketFiler>()
            .AddSingleton<Workflows.Processes.IStoredProcess>(sp => sp.GetRequiredService<SupportTicketFiler>());
    }

    private static bool IsPublicHttps(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !uri.IsLoopback
        && !uri.AbsolutePath.TrimEnd('/').EndsWith("/api", StringComparison.OrdinalIgnoreCase);

    private static bool DecodesToAtLeast32Bytes(string base64)
    {
        Span<byte> buffer = stackalloc byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written >= 32;
    }
}
