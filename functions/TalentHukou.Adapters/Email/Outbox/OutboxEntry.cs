using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>
/// One row of the email outbox: what to send (template kind, language, recipient, values), under which stable
/// operation id (derived from the event key, so every attempt is the same provider operation), and how it went.
/// </summary>
public sealed record OutboxEntry(
    string RowKey,
    string EventKey,
    NotificationKind Kind,
    string ToAddress,
    string? ToName,
    IReadOnlyDictionary<string, string> Values,
    DateTimeOffset QueuedAt)
{
    /// <summary>The only language the templates are written in (Chinese, with one English line).</summary>
    public const string DefaultLanguage = "zh-CN";

    public string Language { get; init; } = DefaultLanguage;

    /// <summary>The GUID the transports send as ACS <c>Operation-Id</c> and in the SMTP <c>Message-Id</c>.</summary>
    public string OperationId { get; init; } = EmailOperationId.ToGuid(EventKey).ToString();

    public string Status { get; init; } = OutboxStatus.Queued;

    public int Attempts { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    /// <summary>While <see cref="OutboxStatus.Sending"/>: until when the attempt holds the row.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>While <see cref="OutboxStatus.Queued"/> after a failed attempt: when the next attempt is due.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>The provider's id of the delivered message: the ACS operation id or the SMTP Message-Id.</summary>
    public string? ProviderMessageId { get; init; }

    /// <summary>The row of the email that is delivered (or given up) before this one is sent.</summary>
    public string? AfterRowKey { get; init; }

    /// <summary>The last provider error code or short reason (never personal data).</summary>
    public string? LastError { get; init; }

    /// <summary>
    /// The row queued for <paramref name="request"/> to <paramref name="to"/> at <paramref name="now"/>; the recipient's
    /// name, when there is one, joins the values as <c>RecipientName</c> (the templates greet by it).
    /// </summary>
    public static OutboxEntry For(NotificationRequest request, ResolvedRecipient to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(to);
        var values = new Dictionary<string, string>(request.Values);
        if (to.Name is { } name) values["RecipientName"] = name;
        return new(RowKeyFor(request.EventKey), request.EventKey, request.Kind, to.Address, to.Name, values, now)
        {
            AfterRowKey = request.After is { } after ? RowKeyFor(after) : null,
        };
    }

    /// <summary>The row key of an event: a hash, so any event key is a valid key and the same event maps to one row.</summary>
    public static string RowKeyFor(string eventKey) => TableKeys.Hash(eventKey);
}
