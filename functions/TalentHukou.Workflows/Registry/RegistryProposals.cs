using System.Text.Json;
using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Registry;

namespace TalentHukou.Workflows.Registry;

/// <summary>An employer add (no id) or modify (the id of the unit to change) request's content.</summary>
public sealed record EmployerProposal(string? EmployerId, EmployerDetails Details);

/// <summary>A legal-entity unit admin permission request's content (personal data already masked or hashed).</summary>
public sealed record UnitAdminProposal(
    string EmployerId,
    string ApplicantSub,
    string MaskedName,
    string MaskedIdNumber,
    string IdNumberIndex,
    string MaskedPhone,
    string Email);

/// <summary>
/// A school add-request's content: the school's full name, optionally its Guangzhou district, and why it is needed.
/// </summary>
public sealed record SchoolProposal(string Name, string? District, string Reason);

/// <summary>
/// A major add-request's content: the school it belongs to, the major's full name, and why it is needed.
/// </summary>
public sealed record MajorProposal(string SchoolId, string Name, string Reason);

/// <summary>Serializes request payloads the same way everywhere.</summary>
public static class RegistryPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    public static T Read<T>(RegistryRequest request) =>
        JsonSerializer.Deserialize<T>(request.PayloadJson, Options)
            ?? throw new InvalidOperationException($"Request {request.RequestId} has no payload.");
}
