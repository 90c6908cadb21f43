using System.Text.Json;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// Sends through Azure Communication Services: starts the send under the GUID of the caller's operation id
/// (so a retry is the same ACS operation), polls for the final status up to the configured wait, and maps
/// what happened to an <see cref="EmailSendOutcome"/>.
/// </summary>
public sealed partial class AcsEmailTransport(
    AcsEmailClient client,
    IOptions<AcsEmailTransportOptions> options,
    TimeProvider timeProvider,
    ILogger<AcsEmailTransport> logger) : IEmailTransport
{
    private readonly AcsEmailTransportOptions _options = options.Value;

    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, string operationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var acsOperationId = EmailOperationId.ToGuid(operationId);
        EmailSendOutcome outcome;
        try
        {
            var status = await client.SendAndWaitAsync(
                ToAcsMessage(message), acsOperationId, _options.MaxPollingWait, ct);
            outcome = ToOutcome(status.Value);
        }
        catch (RequestFailedException e)
        {
            outcome = IsTransient(e.Status)
                ? new EmailSendOutcome.Transient(RetryAfterHeader.Read(e.GetRawResponse(), timeProvider), Reason(e))
                : new EmailSendOutcome.Failed(Permanent: true, Reason(e));
        }
        catch (Exception e)
            when (e is JsonException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            outcome = new EmailSendOutcome.Transient(null, e is JsonException ? "UnreadableResponse" : "Timeout");
        }

        LogOutcome(acsOperationId, outcome);
        return outcome;
    }

    /// <inheritdoc />
    public async Task<TransportHealth> CheckAsync(CancellationToken ct)
    {
        try
        {
            await client.GetStatusAsync(Guid.Empty.ToString(), ct);
            return TransportHealth.Healthy;
        }
        catch (RequestFailedException e) when (e.Status is >= 400 and < 500 and not (401 or 403))
        {
            // Answered and accepted our credentials; the probe operation just does not exist.
            return TransportHealth.Healthy;
        }
        catch (RequestFailedException e)
        {
            return TransportHealth.Unhealthy(
                e.Status == 0 ? $"ACS unreachable: {e.Message}" : $"ACS answered {e.Status} {Reason(e)}");
        }
    }

    private AcsEmailMessage ToAcsMessage(EmailMessage message) => new(
        _options.SenderAddress,
        new AcsEmailContent(message.Subject, message.PlainText, message.Html),
        new AcsEmailRecipients([new AcsEmailAddress(message.To.Address, message.To.DisplayName)]))
    {
        ReplyTo = message.ReplyTo is { } replyTo ? [new AcsEmailAddress(replyTo.Address, replyTo.DisplayName)] : [],
    };

    private static EmailSendOutcome ToOutcome(EmailSendOperationStatus status) => status.Status switch
    {
        EmailSendStatus.Succeeded => new EmailSendOutcome.Succeeded(status.Id),
        EmailSendStatus.Failed => new EmailSendOutcome.Failed(Permanent: true, status.Error?.Code ?? "Failed"),
        EmailSendStatus.Canceled => new EmailSendOutcome.Failed(Permanent: false, "Canceled"),
        _ => new EmailSendOutcome.Transient(status.RetryAfter, "StillRunning"),
    };

    private static bool IsTransient(int status) => status is 0 or 408 or 429 or >= 500;

    private static string Reason(RequestFailedException e) =>
        e.ErrorCode ?? (e.Status == 0 ? "NetworkError" : $"HTTP{e.Status}");
}
