namespace TalentHukou.LocalHost.Hosting;

/// <summary>
/// CORS for the front ends (section <c>Cors</c>): only the configured origins, no credentials, and the headers a
/// polling client needs exposed. Nothing is allowed unless configured. In Azure the Function App's platform CORS
/// (infra: siteConfig.cors) uses the same origins.
/// </summary>
public static class CorsSetup
{
    public static readonly string[] ExposedHeaders = ["Location", "Retry-After", "ETag"];

    public static void AddFrontEndCors(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .WithMethods("GET", "POST", "DELETE")
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
    }
}
