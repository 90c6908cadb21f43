using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TalentHukou.Api.Ops;

/// <summary>
/// What the ops page needs to sign an operator in (anonymous, no secrets): the Entra ID authority, client id and
/// scope when configured, and whether a pasted dev token serves (Development only).
/// </summary>
[Description("运维控制台登录配置。How the ops console signs in: the identity provider, or the development token.")]
public sealed record OpsConsoleConfig(
    [Description("身份认证机构。The Entra ID authority to sign in with; null when not configured (Development).")]
    string? Authority,
    [Description("客户端编号。The ops page's public client id (no secret); null when not configured.")]
    string? ClientId,
    [Description("授权范围。The API scope the ops page asks for; null when not configured.")]
    string? Scope,
    bool DevToken)
{
    public static IResult Answer(IOptions<OpsConsoleOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var o = options.Value;
        var config = o.SignsIn
            ? new OpsConsoleConfig(o.Authority!.TrimEnd('/'), o.ClientId, o.Scope, environment.IsDevelopment())
            : new OpsConsoleConfig(null, null, null, environment.IsDevelopment());
        return TypedResults.Ok(config);
    }
}

/// <summary>What the ops page and its sign-in configuration use.</summary>
public sealed record OpsConsoleServices(IOptions<OpsConsoleOptions> Options, IHostEnvironment Environment);
