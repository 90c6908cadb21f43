using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace TalentHukou.Adapters.Email.Smtp;

/// <summary>
/// Sends through an SMTP server with MailKit (a local catcher by default). The <c>Message-Id</c> is derived from
/// the caller's operation id, so a message sent twice by a retry is recognisable as one message.
/// </summary>
public sealed partial class SmtpEmailTransport(
    IOptions<SmtpEmailTransportOptions> options, ILogger<SmtpEmailTransport> logger)
    : IEmailTransport
{
    private readonly SmtpEmailTransportOptions _options = options.Value;

    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, string operationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageId = SmtpMimeMessageFactory.MessageIdFor(operationId, _options.SenderAddress);
        var mime = SmtpMimeMessageFactory.Create(message, messageId, _options);
        EmailSendOutcome outcome;
        try
        {
            using var client = await ConnectAsync(ct);
            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(quit: true, ct);
            outcome = new EmailSendOutcome.Succeeded(messageId);
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            outcome = code >= 500
                ? new EmailSendOutcome.Failed(Permanent: true, $"SMTP{code}")
                : new EmailSendOutcome.Transient(null, $"SMTP{code}");
        }
        catch (AuthenticationException)
        {
            outcome = new EmailSendOutcome.Failed(Permanent: true, "AuthenticationFailed");
        }
        catch (Exception e) when (IsConnectionProblem(e, ct))
        {
            outcome = new EmailSendOutcome.Transient(null, e.GetType().Name);
        }

        LogOutcome(messageId, outcome);
        return outcome;
    }

    /// <inheritdoc />
    public async Task<TransportHealth> CheckAsync(CancellationToken ct)
    {
        try
        {
            using var client = await ConnectAsync(ct);
            await client.NoOpAsync(ct);
            await client.DisconnectAsync(quit: true, ct);
            return TransportHealth.Healthy;
        }
        catch (Exception e) when (e is CommandException or AuthenticationException || IsConnectionProblem(e, ct))
        {
            return TransportHealth.Unhealthy($"SMTP {_options.Host}:{_options.Port}: {e.Message}");
        }
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_options.Host, _options.Port, ToMailKit(_options.Security), ct);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    private static bool IsConnectionProblem(Exception e, CancellationToken ct) =>
        e is SocketException or IOException or ProtocolException or TimeoutException or SslHandshakeException
        || (e is OperationCanceledException && !ct.IsCancellationRequested);
}
