using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Audit;

namespace TalentHukou.Workflows.Retention;

/// <summary>
/// One round of <see cref="InstanceRetentionJob"/> (version 2 on): deletes the audit entries of the months that ended
/// more than <see cref="RetentionOptions.AuditEntries"/> ago, at most the input's count; returns how many. The setting
/// is read each round, so a change applies without restarting the job; the trail itself refuses anything younger
/// than <see cref="AuditTrail.MinimumRetention"/>.
/// </summary>
public sealed partial class PurgeExpiredAuditEntries(
    AuditTrail audit, IOptions<RetentionOptions> options, TimeProvider time, ILogger<PurgeExpiredAuditEntries> logger)
    : TaskActivity<int, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, int input)
    {
        var keepFrom = time.GetUtcNow() - options.Value.AuditEntries;
        var purged = await audit.PurgeMonthsBeforeAsync(keepFrom, input, CancellationToken.None);
        if (purged > 0) LogPurged(logger, purged, keepFrom);
        return purged;
    }

    [LoggerMessage(EventId = 3113, Level = LogLevel.Information,
        Message = "Purged {Count} audit entries of the months before {KeepFrom}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset keepFrom);
}
