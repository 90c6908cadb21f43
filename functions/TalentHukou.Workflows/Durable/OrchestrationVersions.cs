using System.Globalization;
using Microsoft.DurableTask;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Cards.Saga.Orchestrations;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Privacy;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Registry.Orchestrations;
using TalentHukou.Workflows.Retention;
using TalentHukou.Workflows.Support.Orchestrations;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// The version each orchestrator's NEW instances start with (the Durable Task SDK's orchestration version, stamped by
/// <see cref="DurableStarts"/> and, for the card saga, by the sub-orchestration call). An instance keeps its version
/// for life, across replays and <c>ContinueAsNew</c>, except a periodic job, whose next round starts at the current
/// version (<see cref="EternalRounds"/>); an empty version (every instance started before versions were stamped)
/// means 1. Cases are in flight while a release ships (ADR 0013), so the rule for EVERY change to an orchestrator's
/// sequence of steps (activities, timers, waits, sub-orchestrations, their order or names):
/// <list type="number">
/// <item>bump that orchestrator's number in <see cref="Current"/>;</item>
/// <item>branch in the orchestrator on <c>context.IsVersionAtLeast(n)</c>: new steps for new instances, the old steps
/// unchanged for old ones;</item>
/// <item>keep the old branch until no instance of the old version is live;</item>
/// <item>add a replay case: record fixtures of the release you change from (tests/TalentHukou.Workflows.Tests/Replay/
/// README.md) and run them through <c>ReplayHarness</c>; the old release's fixtures must keep passing untouched.</item>
/// </list>
/// </summary>
public static class OrchestrationVersions
{
    /// <summary>Application waits re-armed by a holiday notice (ADR 0022): publicity, review SLA, correction.</summary>
    public const int DeadlinesFollowCalendar = 2;

    /// <summary>
    /// The publicity ends by an activity that records its end only while the record holds no objection the process has
    /// not taken; an objection whose signal lost the race to the publicity timer is taken, not dropped.
    /// </summary>
    public const int PublicityClosedByTheRecord = 3;

    /// <summary>Registry and ticket SLAs re-armed by a holiday notice (ADR 0022), both ways.</summary>
    public const int StaffSlasFollowCalendar = 2;

    /// <summary>The version a new instance of each orchestrator starts with, by orchestrator name.</summary>
    public static IReadOnlyDictionary<string, int> Current { get; } = new Dictionary<string, int>
    {
        [nameof(ApplicationOrchestrator)] = PublicityClosedByTheRecord,
        [nameof(CardIssuanceOrchestrator)] = 1,
        [nameof(RegistryReviewOrchestrator)] = StaffSlasFollowCalendar,
        [nameof(TicketSlaOrchestrator)] = StaffSlasFollowCalendar,
        [nameof(EmailDispatchOrchestrator)] = 1,
        [nameof(UnstartedProcessSweep)] = 1,
        [nameof(InstanceRetentionJob)] = 2, // 2: purges audit entries past their retention
        [nameof(PersonalDataKeyRotation)] = 1,
        [nameof(Cases.Bulk.OpsBulkOrchestrator)] = 1,
        [nameof(Deadlines.DeadlineRearmOrchestrator)] = 1,
    };

    /// <summary>The version string stamped on a new instance of <paramref name="orchestrator"/>.</summary>
    public static string For(TaskName orchestrator) =>
        Current.TryGetValue(orchestrator.Name, out var version)
            ? version.ToString(CultureInfo.InvariantCulture)
            : throw new InvalidOperationException(
                $"No version for orchestrator '{orchestrator.Name}': add it to {nameof(OrchestrationVersions)}.");

    /// <summary>The version of a running instance: its stamped number, or 1 when it has none.</summary>
    public static int Of(string? version) =>
        string.IsNullOrEmpty(version) ? 1
        : int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number
        : throw new InvalidOperationException($"Orchestration version '{version}' is not a whole number.");

    /// <summary>True when this instance started at <paramref name="version"/> or later: take the new branch.</summary>
    public static bool IsVersionAtLeast(this TaskOrchestrationContext context, int version)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.Version) >= version;
    }
}
