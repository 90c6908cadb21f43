using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Registry;

/// <summary>The text fields of a school request's multipart form (with its attachments), and their rules.</summary>
public sealed record SchoolRequestForm(
    [TextField(2, 100)]
    string? Name,
    [OptionalField] string? District,
    [TextField(2, 500)]
    string? Reason,
    [OptionalField]
    [Format(FieldFormats.Email)]
    string? ContactEmail);

/// <summary>The text fields of a major request's multipart form (with its attachments), and their rules.</summary>
public sealed record MajorRequestForm(
    [TextField(1, 64)]
    string? SchoolId,
    [TextField(2, 100)]
    string? Name,
    [TextField(2, 500)]
    string? Reason,
    [OptionalField]
    [Format(FieldFormats.Email)]
    string? ContactEmail);
