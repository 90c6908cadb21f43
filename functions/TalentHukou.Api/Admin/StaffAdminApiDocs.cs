using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Admin;

/// <summary>The OpenAPI words of <see cref="StaffAdminApi"/>'s routes, by route name.</summary>
internal static class StaffAdminApiDocs
{
    public static ApiDoc ListStaff { get; } = new(
        "Staff assignments, paged",
        Response: typeof(StaffPage))
    {
        Query = [Paging.StaffPageSize, Paging.ContinuationToken],
    };

    public static ApiDoc AssignStaff { get; } = new(
        "Set a subject's staff roles (reviewer with its office, drc, registry-admin, support, psb, ops); not one's "
        + "own",
        typeof(StaffAssignmentBody), typeof(StaffAssignmentView));

    public static ApiDoc RevokeStaff { get; } = new(
        "Remove a subject's staff roles; effective from their next request",
        Success: 204)
    {
        Problems = [404],
    };
}
