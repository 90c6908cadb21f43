using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using TalentHukou.Api.Hosting;
using TalentHukou.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddTalentHukou(builder.Configuration, builder.Environment);
builder.Services.AddTalentHukouTelemetry(builder.Configuration).UseFunctionsWorkerDefaults();
builder.Services.AddSingleton<HttpRouteRunner>();
builder.Build().Run();
