using TalentHukou.Domain.Routing;

namespace TalentHukou.Api.Input;

/// <summary>The filters several list routes share, declared once (ADR 0031).</summary>
public static class QueryFilters
{
    public static readonly QueryParameter Mine = QueryParameter.Flag("mine",
        "只看本人的。true: the caller's own entries, newest first (any signed-in caller); false: the staff queue.");

    public static readonly QueryParameter OverdueOnly = QueryParameter.Flag("overdueOnly",
        "只看已超期的。true: only entries whose dueBy has passed.");

    public static readonly QueryParameter Office = QueryParameter.OneOf("office", ApplicationRoute.Offices,
        "经办机构。city (the city HRSS) or a district's code.");

    /// <summary>A registry search by name: employers, schools and majors.</summary>
    public static readonly QueryParameter RegistryName = QueryParameter.Text("name", 100,
        "名称（全称）。The full registered name; compared folded, as names are stored (NFKC, half-width).") with
    {
        Required = true,
    };
}
