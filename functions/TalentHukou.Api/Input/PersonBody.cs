using System.Text.Json.Serialization;

namespace TalentHukou.Api.Input;

/// <summary>
/// A person's name, ID number and mobile phone as a request sends them, with their rules declared once: the applicant
/// of an application (<c>ApplicantBody</c>) and the author of a support ticket (<c>TicketForm</c>). Each declares its
/// own e-mail: optional for an applicant notified by SMS only, required for a ticket answered by e-mail. The rules sit
/// on the properties (a derived record's fields are looked up there) and these fields come first, as they always did.
/// </summary>
public abstract record PersonBody(
    [property: PersonNameField, JsonPropertyOrder(-1)] string? Name,
    [property: Pattern(FieldPatterns.IdNumber), JsonPropertyOrder(-1)] string? IdNumber,
    [property: Pattern(FieldPatterns.MobilePhone), JsonPropertyOrder(-1)] string? Phone);
