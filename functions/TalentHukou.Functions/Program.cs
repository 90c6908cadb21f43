using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Hosting;
using TalentHukou.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddTalentHukou(builder.Configuration, builder.Environment);
// Tokens signed with a shared dev key are for the local host only; the Functions app trusts Entra ID alone.
builder.Services.AddOptions<AuthOptions>()
    .Validate(o => string.IsNullOrWhiteSpace(o.DevSigningKey), "Auth:DevSigningKey is never accepted by the Functions app.")
    .ValidateOnStart();
builder.Services.AddTalentHukouTelemetry(builder.Configuration).UseFunctionsWorkerDefaults();
builder.Services.AddSingleton<HttpRouteRunner>();
builder.Build().Run();
