namespace TalentHukou.Adapters.Email;

/// <summary>
/// Sends one e-mail through a provider (SMTP locally, Azure Communication Services in Azure) and reports
/// whether the provider is reachable.
/// Expected failures come back as an <see cref="EmailSendOutcome"/>, not as exceptions.
/// </summary>
public interface IEmailTransport
{
    /// <summary>
    /// Sends <paramref name="message"/>. Calling again with the same <paramref name="operationId"/> is the same
    /// operation: the provider sees the same operation id (ACS <c>Operation-Id</c>, SMTP <c>Message-Id</c>).
    /// </summary>
    Task<EmailSendOutcome> SendAsync(EmailMessage message, string operationId, CancellationToken ct);

    /// <summary>Checks that the provider answers, for <c>/api/health</c>.</summary>
    Task<TransportHealth> CheckAsync(CancellationToken ct);
}
