using System.ComponentModel;
using TalentHukou.Domain.Common;
namespace TalentHukou.Domain.Applications;

/// <summary>
/// A return for correction (退回补正): what to fix, from which review stage (wire name), when, and the deadline for the
/// applicant's correction.
/// </summary>
public sealed record ReturnInfo(
    IReadOnlyList<ReturnItem> Items,
    string FromStage,
    DateTimeOffset ReturnedAt,
    DateTimeOffset CorrectionDueBy);

/// <summary>One thing to fix: a field of the application and/or a material kind, with the reviewer's note.</summary>
[Description("退回补正事项。One thing to fix: a field, a material, or both, with the reviewer's note.")]
public sealed record ReturnItem(
    [WireValues(typeof(CorrectableFields), Member = nameof(CorrectableFields.All), Schema = "CorrectableField")]
    string? Field,
    [WireValues(typeof(MaterialKinds), Schema = "MaterialKind")] string? Material,
    string Note);

/// <summary>The application fields a return may name and a correction may change (dotted JSON paths).</summary>
public static class CorrectableFields
{
    /// <summary>
    /// The ID number, employer and approval mode are not among them: they decide the person's lock and the route, so
    /// changing them is a new application.
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "applicant.name", "applicant.phone", "education.schoolId", "education.majorId", "education.degree",
        "education.graduationDate", "education.certificateNo",
    ];

    public static bool IsKnown(string? field) => field is not null && All.Contains(field);
}
