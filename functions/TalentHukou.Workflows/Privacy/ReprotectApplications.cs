using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Privacy;

namespace TalentHukou.Workflows.Privacy;

/// <summary>
/// One page of <see cref="PersonalDataKeyRotation"/>: moves each application on it to the current key.
/// </summary>
public sealed partial class ReprotectApplications(
    ApplicationStore store, ApplicationReprotection reprotection, PersonalDataProtector protector,
    ILogger<ReprotectApplications> logger)
    : TaskActivity<KeyRotationPage, KeyRotationPageResult>
{
    public override async Task<KeyRotationPageResult> RunAsync(TaskActivityContext context, KeyRotationPage input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.KeyId != protector.CurrentKeyId) return new(0, 0, null, KeyChanged: true);
        var (ids, next) = await store.ScanIdsAsync(input.ContinuationToken, input.PageSize, CancellationToken.None);
        var changed = 0;
        foreach (var id in ids)
            if (await reprotection.ReprotectAsync(id, CancellationToken.None)) changed++;
        LogPage(logger, ids.Count, changed, input.KeyId);
        return new(ids.Count, changed, next);
    }

    [LoggerMessage(EventId = 3501, Level = LogLevel.Information,
        Message = "Key rotation: {Examined} applications examined, {Changed} moved to personal-data key {KeyId}")]
    private static partial void LogPage(ILogger logger, int examined, int changed, string keyId);
}
