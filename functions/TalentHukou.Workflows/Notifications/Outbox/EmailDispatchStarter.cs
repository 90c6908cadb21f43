using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>Starts the <see cref="EmailDispatchOrchestrator"/> of an outbox row unless one is already there.</summary>
public static class EmailDispatchStarter
{
    /// <summary>
    /// True when this call started the dispatcher; false when a live one exists (a duplicate start is harmless).
    /// A dispatcher that ended (failed or terminated) while its row is still undelivered is started again. Its first
    /// attempt waits until <paramref name="notBefore"/> (the retry time the last attempt chose), if given.
    /// </summary>
    public static async Task<bool> EnsureEmailDispatchAsync(
        this DurableTaskClient client, string rowKey, DateTimeOffset? notBefore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.StartUnlessPresentAsync(nameof(EmailDispatchOrchestrator),
            new EmailDispatchInput(rowKey) { NotBefore = notBefore },
            EmailDispatchOrchestrator.InstanceIdFor(rowKey), replaceEnded: true, ct);
    }
}
