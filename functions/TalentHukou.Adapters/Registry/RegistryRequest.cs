using TalentHukou.Domain.Registry;

namespace TalentHukou.Adapters.Registry;

/// <summary>
/// A request to the registry admins: add or modify an employer, add a school or a major, or grant unit-admin
/// permission. <see cref="PayloadJson"/> holds what the request proposes, by type.
/// </summary>
public sealed record RegistryRequest(
    string RequestId,
    RegistryRequestType Type,
    RegistryRequestStatus Status,
    string RequesterSub,
    string Subject,
    DateTimeOffset FiledAt,
    DateTimeOffset DueBy,
    string PayloadJson)
{
    public DateTimeOffset? EscalatedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? DecidedBy { get; init; }

    public string? Reason { get; init; }

    /// <summary>The employer, school or major the approval created or changed.</summary>
    public string? ResultId { get; init; }

    public IReadOnlyList<string> AttachmentIds { get; init; } = [];

    /// <summary>
    /// Where the requester is told of the decision; none when neither the request nor the token gave an address.
    /// </summary>
    public string? NotifyEmail { get; init; }

    /// <summary>How the notice addresses the requester (masked), when known.</summary>
    public string? NotifyName { get; init; }

    public bool IsOverdueAt(DateTimeOffset businessNow) =>
        EscalatedAt is not null || (Status == RegistryRequestStatus.Pending && businessNow > DueBy);
}

/// <summary>A registry admin's decision, as the orchestration receives it.</summary>
public sealed record RegistryDecision(bool Approve, string Reason, string DecidedBy);
