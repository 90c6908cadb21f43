using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Applications;

/// <summary>The OpenAPI words of <see cref="PublicityApi"/>'s routes, by route name.</summary>
internal static class PublicityApiDocs
{
    public static ApiDoc ListPublicity { get; } = new(
        "The public roster of applications under publicity (now, or overlapping from–to), paged",
        Response: typeof(RosterPage))
    {
        Query = [QueryFilters.Office, Paging.From, Paging.To, Paging.PageSize, Paging.ContinuationToken],
    };

    public static ApiDoc FileRosterObjection { get; } = new(
        "Object to a roster entry while its publicity runs",
        typeof(ObjectionBody), Success: 201)
    {
        Problems = [404, 409, 429],
    };
}
