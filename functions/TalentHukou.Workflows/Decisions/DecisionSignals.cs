using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Decisions;
using TalentHukou.Workflows.Decisions.Activities;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Decisions;

/// <summary>
/// How an orchestration reads a decision signal: the event carries a decision id, which an activity loads and checks.
/// A signal without a valid stored decision is ignored and logged (never its payload, which may hold anything).
/// </summary>
public static partial class DecisionSignals
{
    /// <summary>
    /// Signals one wait ignores before the orchestration gives up (fails, for ops to look at): only a holder of the
    /// durable client raises events that are not decisions, and history must stay bounded.
    /// </summary>
    public const int MaxIgnored = 200;

    /// <summary>Thrown past <see cref="MaxIgnored"/>.</summary>
    public static InvalidOperationException TooManyIgnored(string targetId, string eventName) =>
        new($"{targetId} ignored {MaxIgnored} {eventName} signals without a valid decision.");

    /// <summary>
    /// The checked decision the signal names, or null (logged) when it names none this wait may act on.
    /// </summary>
    public static async Task<CheckedDecision?> CheckAsync(
        this TaskOrchestrationContext context, JsonElement signal, string eventName, string targetId, string waitKey,
        params string[] kinds)
    {
        var logger = context.CreateReplaySafeLogger(typeof(DecisionSignals).FullName!);
        var id = DecisionPayload.IdOf(signal);
        if (!DecisionStore.IsWellFormed(id))
        {
            LogIgnored(logger, eventName, targetId, "the payload is not a decision id");
            return null;
        }
        var checkedDecision = await context.CallActivityAsync<CheckedDecision>(
            nameof(CheckDecision), new CheckDecisionInput(targetId, id!, kinds, waitKey), ActivityRetry.Transient);
        if (checkedDecision.Valid) return checkedDecision;
        LogIgnored(logger, eventName, targetId, checkedDecision.Refusal ?? "refused");
        return null;
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning,
        Message = "Ignored a {EventName} event on {TargetId}: {Why}")]
    private static partial void LogIgnored(ILogger logger, string eventName, string targetId, string why);
}
