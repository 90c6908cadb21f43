using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Uploads;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Support;

namespace TalentHukou.Api.Support;

/// <summary>
/// The text fields of a support ticket's multipart form (with its screenshot), and their rules; the upload's rules in
/// <see cref="Upload"/>.
/// </summary>
public sealed record TicketForm(
    string? Name,
    string? IdNumber,
    string? Phone,
    [Format(FieldFormats.Email)]
    string? Email,
    [WireValues(typeof(TicketCategory))] string? Category,
    [TextField(5, 2000)]
    string? Description,
    [OptionalField] string? PhoneVerificationId) : PersonBody(Name, IdNumber, Phone)
{
    /// <summary>One full-screen screenshot, png or jpg, at most 5 MB.</summary>
    public static readonly UploadPolicy Upload = new(
        ["name", "idNumber", "phone", "email", "category", "description", "phoneVerificationId"], "screenshot", 1, 1,
        5 * 1024 * 1024,
        new HashSet<FileKind> { FileKind.Png, FileKind.Jpeg }, StorageNames.SupportScreenshotsContainer);
}
