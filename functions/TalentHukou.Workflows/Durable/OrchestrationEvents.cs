using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Registry.Orchestrations;
using TalentHukou.Workflows.Support.Orchestrations;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// Every external event name the orchestrations wait for, split by what it does. Business events carry decisions
/// (as decision ids) or a support reply, and only the routes that take them raise them; technical events decide
/// nothing and are the only ones ops may raise by hand.
/// </summary>
public static class OrchestrationEvents
{
    /// <summary>Card saga: check with public security now instead of at the next backoff step.</summary>
    public const string PsbRecheck = "psb-recheck";

    public static IReadOnlyList<string> Technical { get; } = [PsbRecheck];

    public static IReadOnlyList<string> Business { get; } =
    [
        ApplicationEvents.UnitReview, ApplicationEvents.HrssReview, ApplicationEvents.Objection,
        ApplicationEvents.CardIssue, ApplicationEvents.CardGenerate, ApplicationEvents.Correction,
        RegistryReviewOrchestrator.DecisionEvent, TicketSlaOrchestrator.UpdateEvent,
    ];

    public static bool IsTechnical(string name) => Technical.Contains(name, StringComparer.Ordinal);
}
