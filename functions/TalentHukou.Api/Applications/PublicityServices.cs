using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Publicity;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Applications.UseCases;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Applications;

/// <summary>
/// What the public roster routes use: the roster, the applications behind it, objections, the objection budget.
/// </summary>
public sealed record PublicityServices(
    PublicityRoster Roster,
    ApplicationStore Applications,
    FileObjection Objections,
    ClientRateLimits Limits,
    BusinessClock Clock);
