using System.Text.Json;

namespace TalentHukou.Workflows.Decisions;

/// <summary>A unit or HRSS review, or a registry decision, as its decision row holds it.</summary>
public sealed record ReviewPayload(bool Approve, string Reason);

/// <summary>An objection filed (no <see cref="Upheld"/>) or its resolution.</summary>
public sealed record ObjectionPayload(string ObjectionId, bool? Upheld = null, string? Note = null);

/// <summary>The card office's order (no name) or the applicant's e-signature (the signed name, masked).</summary>
public sealed record CardPayload(string? SignedName);

/// <summary>The applicant's withdrawal (撤回) and why.</summary>
public sealed record WithdrawalPayload(string Reason);

/// <summary>A return for correction: what to fix (field names and material kinds, each with a note).</summary>
public sealed record ReturnPayload(IReadOnlyList<Domain.Applications.ReturnItem> Items);

/// <summary>The applicant's correction: the names of the fields changed and the ids of the materials added.</summary>
public sealed record CorrectionPayload(IReadOnlyList<string> Fields, IReadOnlyList<string> Materials);

/// <summary>Writes and reads decision payloads the same way everywhere.</summary>
public static class DecisionPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
            ?? throw new InvalidOperationException("A decision has no payload.");

    /// <summary>
    /// The decision id a signal carries: a JSON string (what the use cases raise); anything else carries none.
    /// </summary>
    public static string? IdOf(JsonElement signal) =>
        signal.ValueKind == JsonValueKind.String ? signal.GetString() : null;
}
