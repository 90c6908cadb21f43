using System.ComponentModel;
using System.Text.Json.Serialization;
using TalentHukou.Adapters.Publicity;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Routing;

namespace TalentHukou.Api.Applications;

/// <summary>One line of the public roster (公示名单): no ID number, no contact data, not the application's id.</summary>
[Description("公示名单中的一人（姓名脱敏）。One person on the publicity roster, name masked.")]
public sealed record RosterItemView(
    string RosterId, string MaskedName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [WireValues(typeof(Genders), Schema = "Gender")]
    [Description("性别。From the resident ID number; left out on entries that do not carry it.")]
    string? Gender,
    string EmployerName, string School, string Major,
    [WireValues(typeof(Degree))] string Degree, RosterOfficeView Office, RosterPeriodView Publicity)
{
    public static RosterItemView From(RosterEntry e) => new(
        e.RosterId, e.MaskedName, e.Gender, e.EmployerName, e.School, e.Major, e.Degree,
        new RosterOfficeView(e.Level, e.District), new RosterPeriodView(e.Start, e.End));
}

/// <summary>The reviewing office: <c>city</c>, or <c>district</c> with its code.</summary>
[Description("公示名单中的受理部门。The HRSS office of a roster entry.")]
public sealed record RosterOfficeView(
    [WireValues(typeof(ApplicationRoute), Schema = "RouteLevel")] string Level,
    [WireValues(typeof(Districts), Member = nameof(Districts.Names), Schema = "District")] string? District);

/// <summary>The publicity's first and last working day.</summary>
[Description("公示期。The publicity's first and last working day.")]
public sealed record RosterPeriodView(DateOnly Start, DateOnly End);

/// <summary>One page of the roster.</summary>
[Description("公示名单（分页）。One page of the public publicity roster.")]
public sealed record RosterPage(IReadOnlyList<RosterItemView> Items, string? ContinuationToken);
