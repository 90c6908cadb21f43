using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Hosting;
using TalentHukou.Functions.Http;

namespace TalentHukou.Functions.Hosting;

/// <summary>
/// The Functions app's service wiring, called by <c>Program.cs</c> and by the deployment contract suite, which builds
/// it with exactly the app settings <c>infra/</c> deploys.
/// </summary>
public static class FunctionsAppServices
{
    public static IServiceCollection Add(
        IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddTalentHukou(configuration, environment);
        // Tokens signed with a shared dev key are for the local host only; the Functions app trusts Entra ID alone.
        services.AddOptions<AuthOptions>()
            .Validate(o => string.IsNullOrWhiteSpace(o.DevSigningKey),
                "Auth:DevSigningKey is never accepted by the Functions app.")
            .ValidateOnStart();
        // On Azure a local key file differs per instance and is lost on scale-in, and SMTP is the local mail catcher.
        services.AddOptions<CardSigningOptions>()
            .Validate(o => environment.IsDevelopment() || o.Provider == CardSigningProvider.KeyVault,
                "CardSigning:Provider must be KeyVault in the Functions app outside Development.")
            .ValidateOnStart();
        services.AddOptions<EmailOptions>()
            .Validate(o => environment.IsDevelopment() || o.Transport == EmailTransportKind.Acs,
                "Email:Transport must be Acs in the Functions app outside Development.")
            .ValidateOnStart();
        services.AddTalentHukouTelemetry(configuration).UseFunctionsWorkerDefaults();
        services.AddSingleton<HttpRouteRunner>();
        return services;
    }
}
