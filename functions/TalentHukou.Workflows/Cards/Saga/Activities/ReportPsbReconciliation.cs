using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// Alerts ops about a card public security does not know: a row in the reconciliation log and a log event.
/// </summary>
public sealed partial class ReportPsbReconciliation(PsbReconciliationLog log, ILogger<ReportPsbReconciliation> logger)
    : TaskActivity<PsbReconciliationReport, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PsbReconciliationReport input)
    {
        await log.ReportAsync(input, CancellationToken.None);
        TalentHukouTelemetry.PsbReconciliations.Add(1, new KeyValuePair<string, object?>("psb.status", input.Status));
        var card = Masking.CardNumber(input.CardNumber);
        switch (input.Status)
        {
            case PsbReconciliationStatus.Reconciling:
                LogReconciling(logger, card, input.ApplicationId, input.Round);
                break;
            case PsbReconciliationStatus.Failed:
                LogFailed(logger, card, input.ApplicationId, input.Round);
                break;
            default:
                LogResolved(logger, card, input.ApplicationId, input.Round);
                break;
        }
        return true;
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning,
        Message = "PSB RECONCILIATION: public security does not know card {CardNumber} of application {ApplicationId}; "
            + "round {Round}, record re-pushed")]
    private static partial void LogReconciling(ILogger logger, string cardNumber, string applicationId, int round);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Error,
        Message = "PSB RECONCILIATION FAILED: card {CardNumber} of application {ApplicationId} still unknown to public "
            + "security after {Round} rounds; the applicant was told to visit a public security office")]
    private static partial void LogFailed(ILogger logger, string cardNumber, string applicationId, int round);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information,
        Message = "PSB reconciliation resolved: public security knows card {CardNumber} of application {ApplicationId} "
            + "after round {Round}")]
    private static partial void LogResolved(ILogger logger, string cardNumber, string applicationId, int round);
}
