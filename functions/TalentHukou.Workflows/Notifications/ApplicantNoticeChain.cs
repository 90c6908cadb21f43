using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Notifications;

/// <summary>
/// The notices one applicant gets about one application, each to be sent after the one before
/// (<see cref="NotificationRequest.After"/>), so that they arrive in the order things happened. Built inside
/// orchestrations: deterministic, no I/O (a replay builds the same requests in the same order).
/// </summary>
public sealed class ApplicantNoticeChain(string applicationId, string? after = null)
{
    /// <summary>The event key of the last notice built, which the next one waits for.</summary>
    public string? Last { get; private set; } = after;

    /// <summary>
    /// The next notice: event key <c>application/{id}/{eventKey}</c> to the applicant, the application id among its
    /// values.
    /// </summary>
    public NotificationRequest Next(NotificationKind kind, string eventKey, params (string Key, string Value)[] values)
    {
        var all = new Dictionary<string, string> { ["ApplicationId"] = applicationId };
        foreach (var (key, value) in values) all[key] = value;
        var request = new NotificationRequest(
            $"application/{applicationId}/{eventKey}", kind, NoticeRecipient.Applicant(applicationId), all)
        {
            After = Last,
        };
        Last = request.EventKey;
        return request;
    }
}
