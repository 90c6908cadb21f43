namespace TalentHukou.Adapters.Sms;

/// <summary>
/// Sends one SMS through a domestic gateway (Tencent Cloud SMS; a provincial government platform could be a second)
/// and reads its delivery reports. Expected failures are outcomes, not exceptions. Sending has no idempotency key:
/// the caller passes its own <c>reference</c>, which comes back on the delivery report, and reconciles through
/// <see cref="FindReportAsync"/> before sending again after an attempt whose outcome it does not know.
/// </summary>
public interface ISmsGateway
{
    /// <summary>
    /// Sends <paramref name="message"/> tagged with <paramref name="reference"/> (the vendor's SessionContext).
    /// </summary>
    Task<SmsSendOutcome> SendAsync(SmsMessage message, string reference, CancellationToken ct);

    /// <summary>
    /// The delivery report of the message sent to <paramref name="phone"/> with <paramref name="reference"/> since
    /// <paramref name="since"/>; null when the gateway has none (yet). Throws <c>SmsGatewayException</c> when the
    /// gateway cannot be asked (then nothing is known).
    /// </summary>
    Task<SmsDeliveryReport?> FindReportAsync(
        string phone, string reference, DateTimeOffset since, CancellationToken ct);
}

/// <summary>
/// One SMS: an 11-digit mainland number, the notice (its approved template) and the values of its variables.
/// </summary>
public sealed record SmsMessage(string Phone, SmsNotice Notice, IReadOnlyList<string> Parameters);

/// <summary>A delivery report: delivered to the handset, or failed with the operator's description.</summary>
public sealed record SmsDeliveryReport(bool Delivered, string Description, string? SerialNo);
