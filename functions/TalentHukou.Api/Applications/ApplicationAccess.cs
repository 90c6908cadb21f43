using TalentHukou.Adapters.Applications;
using TalentHukou.Api.Auth;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Api.Applications;

/// <summary>Who may see or act on an application. Everyone else is told it does not exist (404, not 403).</summary>
public static class ApplicationAccess
{
    public static bool IsOwner(Caller caller, ApplicationRecord a) => caller.Subject == a.OwnerSub;

    public static bool IsScopedReviewer(Caller caller, ApplicationRecord a) =>
        caller.IsIn(Roles.Reviewer) && caller.Hrss == a.Route.Scope;

    public static bool IsUnitAdmin(Caller caller, ApplicationRecord a) =>
        caller.IsIn(Roles.UnitAdmin) && caller.Unit == a.Employer.EmployerId;

    public static bool CanView(Caller caller, ApplicationRecord a) =>
        IsOwner(caller, a)
        || IsScopedReviewer(caller, a)
        || IsUnitAdmin(caller, a)
        || caller.IsIn(Roles.Drc)
        || caller.IsIn(Roles.Ops);

    /// <summary>Reviewers, DRC and ops see objection texts; the applicant sees only their status.</summary>
    public static bool SeesObjectionDetails(Caller caller, ApplicationRecord a) =>
        IsScopedReviewer(caller, a) || caller.IsIn(Roles.Drc) || caller.IsIn(Roles.Ops);
}
