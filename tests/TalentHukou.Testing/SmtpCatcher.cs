using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace TalentHukou.Testing;

/// <summary>
/// A real SMTP server (SmtpServer package) on 127.0.0.1 for tests: its port is reserved at once, but it listens only
/// after <see cref="Start"/> (so a test can begin with the mail server down). Keeps every message it accepts and
/// refuses the recipient <see cref="RefusedRecipient"/> with a permanent 550.
/// </summary>
public sealed class SmtpCatcher : IAsyncDisposable
{
    public const string RefusedRecipient = "refused@example.com";

    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    private SmtpCatcher(int port) => Port = port;

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>A catcher that is already listening.</summary>
    public static SmtpCatcher Started() => new SmtpCatcher(FreeTcpPort.Find()).Start();

    /// <summary>A catcher with a reserved port that nothing listens on until <see cref="Start"/>.</summary>
    public static SmtpCatcher Down() => new(FreeTcpPort.Find());

    public SmtpCatcher Start()
    {
        if (_running is not null) return this;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        services.Add(new RefuseOne());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        return this;
    }

    /// <summary>Configuration pointing the SMTP transport here, with short timeouts.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Email:Transport", "Smtp"),
        new("Email:Smtp:Host", "127.0.0.1"),
        new("Email:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Email:Smtp:Timeout", "00:00:05"),
    ];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_running is not null) await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RefuseOne : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(
            ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(
                !string.Equals($"{to.User}@{to.Host}", RefusedRecipient, StringComparison.OrdinalIgnoreCase));
    }
}
