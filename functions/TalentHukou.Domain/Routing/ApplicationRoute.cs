using TalentHukou.Domain.Registry;

namespace TalentHukou.Domain.Routing;

/// <summary>
/// Which HRSS reviews an application: the city's (<c>city</c>) or a district's (<c>district</c> with its code).
/// </summary>
public sealed record ApplicationRoute(string Level, string? District)
{
    public const string City = "city";
    public const string DistrictLevel = "district";

    /// <summary>
    /// The HRSS offices a reviewer is scoped to: the city's (<c>city</c>) or a district's (its code).
    /// </summary>
    public static IReadOnlyList<string> Offices { get; } = [City, .. Districts.Names.Keys];

    /// <summary>
    /// Seed Q3: employees of the municipal SASAC enterprises go to the city HRSS, everyone else to the HRSS of the
    /// employer's district. Only government agencies and public institutions need a unit review first.
    /// </summary>
    public static ApplicationRoute For(EmployerKind kind, string district) =>
        kind == EmployerKind.SasacSoe ? new(City, null) : new(DistrictLevel, district);

    public static bool NeedsUnitReview(EmployerKind kind) =>
        kind is EmployerKind.Government or EmployerKind.PublicInstitution;

    /// <summary>The reviewer scope claim (<c>hrss</c>) that matches this route.</summary>
    public string Scope => Level == City ? City : District!;

    /// <summary>The reviewing office's name, e.g. 广州市人力资源和社会保障局 or 广州市天河区人力资源和社会保障局.</summary>
    public string OfficeName => Level == City ? "广州市人力资源和社会保障局" : $"广州市{Districts.Names[District!]}人力资源和社会保障局";

    /// <summary>The short form used in messages: 市人社局 or 天河区人社局.</summary>
    public string ShortName => Level == City ? "市人社局" : $"{Districts.Names[District!]}人社局";
}
