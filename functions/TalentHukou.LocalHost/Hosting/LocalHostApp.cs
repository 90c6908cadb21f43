using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using OpenTelemetry.Trace;
using Scalar.AspNetCore;
using TalentHukou.Api.Hosting;
using TalentHukou.Api.Routing;
using TalentHukou.LocalDurable;
using TalentHukou.LocalHost.Dev;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.LocalHost.Hosting;

/// <summary>
/// Builds the local host: the contract's routes under <c>/api</c>, the durable runtime, and the Development-only
/// routes.
/// </summary>
public static class LocalHostApp
{
    public static WebApplication Build(
        string[] args, Action<WebApplicationBuilder>? configure = null, Action<DurableTaskRegistry>? extraTasks = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.Configure<HostOptions>(o =>
        {
            o.ServicesStopConcurrently = true; // the worker's open gRPC stream otherwise holds shutdown ~30 s
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
        });
        builder.Services.AddTalentHukou(builder.Configuration, builder.Environment);
        builder.Services.AddTalentHukouTelemetry(builder.Configuration)
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(
                o => o.Filter = http => http.Request.Path.StartsWithSegments("/api")));
        builder.AddFrontEndCors();
        var sidecarPort = builder.AddLocalDurableRuntime(r =>
        {
            DurableTasks.Register(r);
            extraTasks?.Invoke(r);
        });
        builder.Services.AddHostedService<UnstartedSweepStarter>();
        builder.Services.AddTransient<DevServices>();
        var apiPort = builder.Configuration.GetValue("LocalHost:Port", 7071);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, apiPort);
            kestrel.Listen(IPAddress.Loopback, sidecarPort, listen => listen.Protocols = HttpProtocols.Http2);
        });

        var app = builder.Build();
        app.UseCors();
        // API requests in flight narrow the durable dispatch, so interactive work stays ahead of background work.
        var dispatch = app.Services.GetRequiredService<DispatchBound>();
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"),
            api => api.Use((http, next) => dispatch.ServeAsync(() => next(http))));
        app.MapGrpcService<TaskHubGrpcServer>().RequireHost($"*:{sidecarPort}");
        var routes = app.MapGroup("/api");
        foreach (var route in ApiRouteTable.All.Concat(app.Environment.IsDevelopment() ? DevApi.Routes : []))
            routes.MapMethods(route.Template, [route.Method],
                    (HttpContext http, ApiPipeline pipeline) => pipeline.InvokeAsync(http, route))
                .WithName(route.Name);
        if (app.Environment.IsDevelopment())
            app.MapScalarApiReference(
                "/reference", o => o.WithTitle("TalentHukou API").WithOpenApiRoutePattern("../api/openapi.json"));
        // Every unmatched path, file-like ones ("../etc/passwd", "x.png") included, answers problem+json.
        app.MapFallback("{*path}", ResponseProtection.Unmatched);
        return app;
    }
}
