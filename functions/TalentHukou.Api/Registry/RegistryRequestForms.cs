using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Uploads;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Routing;

namespace TalentHukou.Api.Registry;

/// <summary>
/// The text fields of a school request's multipart form (with its attachments), and their rules; the upload's rules
/// in <see cref="Upload"/>.
/// </summary>
public sealed record SchoolRequestForm(
    [TextField(2, 100)]
    string? Name,
    [OptionalField]
    [WireValues(typeof(Districts), Member = nameof(Districts.Names), Schema = "District")]
    string? District,
    [TextField(2, 500)]
    string? Reason,
    [OptionalField]
    [Format(FieldFormats.Email)]
    string? ContactEmail)
{
    public static readonly UploadPolicy Upload =
        RegistryAttachments.Policy("name", "district", "reason", "contactEmail");
}

/// <summary>
/// The text fields of a major request's multipart form (with its attachments), and their rules; the upload's rules
/// in <see cref="Upload"/>.
/// </summary>
public sealed record MajorRequestForm(
    [TextField(1, 64)]
    string? SchoolId,
    [TextField(2, 100)]
    string? Name,
    [TextField(2, 500)]
    string? Reason,
    [OptionalField]
    [Format(FieldFormats.Email)]
    string? ContactEmail)
{
    public static readonly UploadPolicy Upload =
        RegistryAttachments.Policy("schoolId", "name", "reason", "contactEmail");
}

/// <summary>The attachments of a school or major request: 1-5 pdf/jpg/png files of at most 10 MB each.</summary>
internal static class RegistryAttachments
{
    public static UploadPolicy Policy(params string[] fields) =>
        new(
            fields,
            "attachments",
            1,
            5,
            10 * 1024 * 1024,
            new HashSet<FileKind> { FileKind.Pdf, FileKind.Jpeg, FileKind.Png },
            StorageNames.RegistryAttachmentsContainer);
}
