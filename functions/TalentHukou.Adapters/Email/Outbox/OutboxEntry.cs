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

    /// <summary>
    /// <see cref="OutboxChannel.Email"/> (to <see cref="ToAddress"/>)
    /// or <see cref="OutboxChannel.Sms"/> (to the number in it).
    /// </summary>
    public string Channel { get; init; } = OutboxChannel.Email;

    /// <summary>For an SMS row: the approved template; its positional values are <see cref="SmsParameters"/>.</summary>
    public Sms.SmsNotice? SmsNotice { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Whom the notice is for, by reference: to queue it on the other channel when this one fails for
    /// good.</summary>
    public NoticeRecipient? Recipient { get; init; }

    /// <summary>An SMS row's notice values as the event gave them (the e-mail's, for a fallback to e-mail).</summary>
    public IReadOnlyDictionary<string, string>? NoticeValues { get; init; }

    /// <summary>An SMS row's template values, in order.</summary>
    public IReadOnlyList<string> SmsParameters =>
        [.. Values.Where(v => v.Key.StartsWith('p')).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value)];

    /// <summary>True when nothing more will happen to the row.</summary>
    public bool IsFinal => OutboxStatus.IsFinal(Channel, Status);

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
    /// The row queued for <paramref name="request"/> to <paramref name="to"/> at <paramref name="now"/>; the
    /// recipient's name, when there is one, joins the values as <c>RecipientName</c> (the templates greet by it).
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
            Recipient = request.Recipient,
        };
    }

    /// <summary>
    /// The SMS row of <paramref name="eventKey"/> to <paramref name="phone"/>: row key and reference (the gateway's
    /// SessionContext) derived from the event key and the channel, so the event has one SMS row and one reference.
    /// </summary>
    public static OutboxEntry ForSms(
        string eventKey,
        NotificationKind kind,
        string phone,
        Sms.SmsNotice notice,
        IReadOnlyList<string> parameters,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = parameters.Select((p, i) => (Key: $"p{i + 1}", Value: p)).ToDictionary(v => v.Key, v => v.Value);
        var smsKey = eventKey + "#" + OutboxChannel.Sms;
        return new(RowKeyFor(smsKey), eventKey, kind, phone, null, values, now)
        {
            Channel = OutboxChannel.Sms,
            SmsNotice = notice,
            OperationId = EmailOperationId.ToGuid(smsKey).ToString(),
        };
    }

    /// <summary>
    /// The row key of an event: a hash, so any event key is a valid key and the same event maps to one row.
    /// </summary>
    public static string RowKeyFor(string eventKey) => TableKeys.Hash(eventKey);
}
