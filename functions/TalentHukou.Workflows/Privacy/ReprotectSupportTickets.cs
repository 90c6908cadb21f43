using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Support;

namespace TalentHukou.Workflows.Privacy;

/// <summary>
/// One page of <see cref="PersonalDataKeyRotation"/> over support tickets: re-encrypts the author's name and phone
/// under the current key. A ticket keeps no ID number, only its index, which cannot be recomputed: it stays under the
/// key it was filed with and links to nothing once that key is retired.
/// </summary>
public sealed partial class ReprotectSupportTickets(
    SupportTicketStore tickets, PersonalDataProtector protector, ILogger<ReprotectSupportTickets> logger)
    : TaskActivity<KeyRotationPage, KeyRotationPageResult>
{
    public override async Task<KeyRotationPageResult> RunAsync(TaskActivityContext context, KeyRotationPage input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.KeyId != protector.CurrentKeyId) return new(0, 0, null, KeyChanged: true);
        var (ids, next) = await tickets.ScanIdsAsync(input.ContinuationToken, input.PageSize, CancellationToken.None);
        var changed = 0;
        foreach (var id in ids)
            if (await tickets.UpdateAsync(id, Reprotected, CancellationToken.None) is not null) changed++;
        LogPage(logger, ids.Count, changed, input.KeyId);
        return new(ids.Count, changed, next);
    }

    private SupportTicket? Reprotected(SupportTicket ticket)
    {
        var c = ticket.Contact;
        if (Current(c.ProtectedName) && Current(c.ProtectedPhone)) return null;
        return ticket with
        {
            Contact = c with
            {
                ProtectedName = protector.Reprotect(c.ProtectedName),
                ProtectedPhone = protector.Reprotect(c.ProtectedPhone),
            },
        };
    }

    private bool Current(string value) => value.Length == 0 || protector.IsCurrent(value);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information,
        Message = "Key rotation: {Examined} support tickets examined, {Changed} moved to personal-data key {KeyId}")]
    private static partial void LogPage(ILogger logger, int examined, int changed, string keyId);
}
