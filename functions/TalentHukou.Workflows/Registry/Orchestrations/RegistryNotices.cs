using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Registry.Orchestrations;

/// <summary>
/// The emails of a registry request: the decision to its requester, the escalation to the registry admins.
/// </summary>
public static class RegistryNotices
{
    /// <summary>Approved or rejected, to the requester; null when they left no address to write to.</summary>
    public static NotificationRequest? Decided(RegistryReviewInput input, RegistryRequestStatus status, string? reason)
    {
        if (!input.NotifyRequester || input.Type is null || status == RegistryRequestStatus.Pending) return null;
        var approved = status == RegistryRequestStatus.Approved;
        var values = Values(input);
        if (!approved) values["Reason"] = string.IsNullOrWhiteSpace(reason) ? "未说明" : reason;
        return new($"registry/{input.RequestId}/{(approved ? "approved" : "rejected")}",
            approved ? NotificationKind.RegistryRequestApproved : NotificationKind.RegistryRequestRejected,
            NoticeRecipient.Requester(input.RequestId), values);
    }

    /// <summary>Past the 1-working-day deadline, to the registry admins' mailbox.</summary>
    public static NotificationRequest? Overdue(RegistryReviewInput input)
    {
        if (input.Type is null) return null;
        var values = Values(input);
        values["DueBy"] = ChinaTime.ToMinute(input.DueBy);
        return new($"registry/{input.RequestId}/overdue", NotificationKind.RegistryRequestOverdue,
            NoticeRecipient.RegistryTeam, values);
    }

    private static Dictionary<string, string> Values(RegistryReviewInput input) => new()
    {
        ["RequestId"] = input.RequestId,
        ["RequestKind"] = input.Type is RegistryRequestType.EmployerAdd or RegistryRequestType.EmployerModify
            ? "Employer"
            : input.Type!.Value.ToString(),
    };
}
