using System.Text.Json.Serialization;
using Azure;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>The states of an ACS send operation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmailSendStatus>))]
public enum EmailSendStatus
{
    NotStarted,
    Running,
    Succeeded,
    Failed,
    Canceled,
}

/// <summary>
/// An ACS send operation as last seen: its id, status, error (when failed) and the wait the service asked for before
/// the next poll.
/// </summary>
public sealed record EmailSendOperationStatus(
    string Id,
    EmailSendStatus Status,
    ResponseError? Error,
    TimeSpan? RetryAfter)
{
    /// <summary>
    /// True once the operation can no longer change (<c>Succeeded</c>, <c>Failed</c> or <c>Canceled</c>).
    /// </summary>
    public bool IsTerminal => Status is EmailSendStatus.Succeeded or EmailSendStatus.Failed or EmailSendStatus.Canceled;
}
