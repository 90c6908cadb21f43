using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Support;

namespace TalentHukou.Api.Support;

/// <summary>The text fields of a support ticket's multipart form (with its screenshot), and their rules.</summary>
public sealed record TicketForm(
    string? Name,
    string? IdNumber,
    string? Phone,
    [Format(FieldFormats.Email)]
    string? Email,
    [WireValues(typeof(TicketCategory))] string? Category,
    [TextField(5, 2000)]
    string? Description,
    [OptionalField] string? PhoneVerificationId) : PersonBody(Name, IdNumber, Phone);
