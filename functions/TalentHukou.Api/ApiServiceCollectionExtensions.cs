using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Hosting;
using TalentHukou.Api.Idempotency;
using TalentHukou.Api.Input;
using TalentHukou.Api.Routing;

namespace TalentHukou.Api;

/// <summary>
/// The HTTP API layer's services: authentication and callers, rate limits, idempotency, the request pipeline, the
/// services records the route handlers take, ops metrics, and the start-up tasks every host runs before it serves.
/// </summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddTalentHukouApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AuthOptions>(AuthOptions.SectionName)
            .PostConfigure<IHostEnvironment>(AuthOptions.DevelopmentDefaults);
        services.AddSingleton<IValidateOptions<UnresolvedKeyVaultReferences.Check>>(
            new UnresolvedKeyVaultReferences(configuration));
        services.AddOptions<UnresolvedKeyVaultReferences.Check>().ValidateOnStart();
        services.AddValidatedOptions<RateLimitOptions>(RateLimitOptions.SectionName);
        services.AddValidatedOptions<Ops.OpsConsoleOptions>(Ops.OpsConsoleOptions.SectionName);
        services.Configure<JsonOptions>(o =>
        {
            foreach (var converter in JsonBody.Options.Converters) o.SerializerOptions.Converters.Add(converter);
        });
        services
            .AddSingleton<BearerAuthenticator>()
            .AddSingleton<RecentAuthorizations>()
            .AddSingleton<CallerResolver>()
            .AddSingleton<IdentityProof>()
            .AddSingleton<WriteRateLimiter>()
            .AddSingleton<ClientRateLimits>()
            .AddSingleton<ApiPipeline>()
            .AddSingleton<IdempotencyStore>()
            .AddSingleton<IdempotentExecution>()
            .AddHostedService<StartupTasks>();
        return services.AddOpsMetrics().AddHandlerServices();
    }

    private static IServiceCollection AddOpsMetrics(this IServiceCollection services) => services
        .AddSingleton<Ops.IOpsMetricSource, Ops.EmailOutboxMetricSource>()
        .AddSingleton<Ops.IOpsMetricSource, Ops.OutboxChannelsMetricSource>()
        .AddSingleton<Ops.IOpsMetricSource, Cards.PsbReconciliationMetric>()
        .AddSingleton<Ops.IOpsMetricSource, Ops.SupportTicketMetricSource>();

    /// <summary>The services records that the route handlers take (<see cref="Handle.With{TServices}"/>).</summary>
    private static IServiceCollection AddHandlerServices(this IServiceCollection services) => services
        .AddTransient<Applications.ApplicationServices>()
        .AddTransient<Applications.PublicityServices>()
        .AddTransient<Registry.EmployerRegistryServices>()
        .AddTransient<Registry.SchoolRegistryServices>()
        .AddTransient<Registry.RegistryRequestServices>()
        .AddTransient<Support.SupportTicketServices>()
        .AddTransient<Support.TicketConversationServices>()
        .AddTransient<Support.ContactServices>()
        .AddTransient<Support.ContactVerificationServices>()
        .AddTransient<Cards.CardServices>()
        .AddTransient<Endpoints.HealthServices>()
        .AddTransient<Ops.OpsServices>()
        .AddTransient<Ops.OpsCaseServices>()
        .AddTransient<Ops.OpsBulkServices>()
        .AddTransient<Ops.OpsStrandedServices>()
        .AddTransient<Ops.OpsConsoleServices>()
        .AddTransient<Ops.KeyRotationServices>()
        .AddTransient<Admin.StaffAdminServices>()
        .AddTransient<Admin.CalendarAdminServices>();
}
