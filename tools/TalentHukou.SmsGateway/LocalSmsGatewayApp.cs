using TalentHukou.Adapters.Sms;

namespace TalentHukou.SmsGateway;

/// <summary>
/// Builds the local gateway: the vendor's API on <c>POST /</c>, the inbox page and its JSON, the fault switch.
/// </summary>
public static class LocalSmsGatewayApp
{
    public const string DefaultUrl = "http://localhost:1081";

    /// <summary>
    /// The app on <paramref name="args"/> (<c>--urls</c> to move it; settings <c>Sms:*</c> as the service's).
    /// </summary>
    public static WebApplication Build(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Lowest precedence: the service's development settings, under this tool's own files, variables and arguments.
        var service = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "service.appsettings.json"))
            .Build();
        builder.Configuration.Sources.Insert(0, new ChainedConfigurationSource { Configuration = service });
        configure?.Invoke(builder.Configuration);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.Services.Configure<SmsOptions>(builder.Configuration.GetSection(SmsOptions.SectionName));
        builder.Services.Configure<LocalGatewayOptions>(
            builder.Configuration.GetSection(LocalGatewayOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Inbox>();
        builder.Services.AddSingleton<FaultSwitch>();
        builder.Services.AddSingleton<TencentSmsApi>();

        var app = builder.Build();
        app.MapPost("/", (HttpContext http, TencentSmsApi api) => api.HandleAsync(http));
        app.MapGet("/", (Inbox inbox) => Results.Content(InboxPage.Render(inbox.Newest()), "text/html; charset=utf-8"));
        app.MapGet("/api/messages", (Inbox inbox) =>
            Results.Json(inbox.Newest().Select(m => new { to = m.To, text = m.Text, at = m.At })));
        app.MapDelete("/api/messages", (Inbox inbox) => { inbox.Clear(); return Results.NoContent(); });
        app.MapGet("/api/faults", (FaultSwitch faults) => Results.Json(faults.Current));
        app.MapPut("/api/faults", (Faults faults, FaultSwitch current) =>
        {
            current.Current = faults;
            return Results.Json(faults);
        });
        return app;
    }
}

/// <summary>The local gateway's own settings (section <c>LocalSmsGateway</c>): the key pair it accepts.</summary>
public sealed class LocalGatewayOptions
{
    public const string SectionName = "LocalSmsGateway";

    public string SecretId { get; set; } = TalentHukou.Adapters.Sms.Tencent.DevelopmentKeys.SecretId;

    public string SecretKey { get; set; } = TalentHukou.Adapters.Sms.Tencent.DevelopmentKeys.SecretKey;

    public string SmsSdkAppId { get; set; } = TalentHukou.Adapters.Sms.Tencent.DevelopmentKeys.SmsSdkAppId;

    /// <summary>
    /// Whether the vendor's default per-number limits (1 per 30 s, 5 per hour, 10 per day) are enforced.
    /// </summary>
    public bool EnforceFrequencyLimits { get; set; } = true;
}
