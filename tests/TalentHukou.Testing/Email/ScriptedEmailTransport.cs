using System.Collections.Concurrent;
using TalentHukou.Adapters.Email;
using TalentHukou.Workflows.Notifications;

namespace TalentHukou.Testing.Email;

/// <summary>
/// A test transport: answers each send with the next scripted outcome (then success), optionally after a delay,
/// and records every call. A success carries the operation id as the provider's message id.
/// </summary>
public sealed class ScriptedEmailTransport(params EmailSendOutcome[] script) : IEmailTransport
{
    private readonly ConcurrentQueue<EmailSendOutcome> _script = new(script);

    public ConcurrentQueue<(string OperationId, EmailMessage Message, DateTimeOffset At)> Sends { get; } = new();

    public TimeSpan Delay { get; init; }

    public TransportHealth Health { get; init; } = TransportHealth.Healthy;

    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, string operationId, CancellationToken ct)
    {
        Sends.Enqueue((operationId, message, DateTimeOffset.UtcNow));
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
        return _script.TryDequeue(out var outcome)
            ? outcome
            : new EmailSendOutcome.Succeeded("provider-" + operationId);
    }

    public async Task<TransportHealth> CheckAsync(CancellationToken ct)
    {
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
        return Health;
    }
}
