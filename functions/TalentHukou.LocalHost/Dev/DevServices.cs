using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Workflows.Time;

namespace TalentHukou.LocalHost.Dev;

/// <summary>What the Development-only routes use: the dev signing options, the time, and the business clock.</summary>
public sealed record DevServices(
    IOptions<AuthOptions> Auth, TimeProvider Time, BusinessClock Clock, ClockAnchorStore Anchors);
