using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Workflows.Time;

namespace TalentHukou.LocalHost.Dev;

/// <summary>
/// What the Development-only routes use: the dev signing options, the time, the business clock, and the protector
/// that hashes a minted identity claim.
/// </summary>
public sealed record DevServices(
    IOptions<AuthOptions> Auth, TimeProvider Time, BusinessClock Clock, ClockAnchorStore Anchors,
    PersonalDataProtector Protector);
