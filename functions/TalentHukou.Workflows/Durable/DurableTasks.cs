using Microsoft.DurableTask;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// Every orchestrator and activity of the service, registered explicitly (the DurableTask source generator is not
/// available). Both hosts register exactly this list; the Functions app has one trigger wrapper for each entry.
/// </summary>
public static class DurableTasks
{
    public static IReadOnlyList<Type> Orchestrators { get; } = [];

    public static IReadOnlyList<Type> Activities { get; } = [];

    public static void Register(DurableTaskRegistry registry)
    {
        foreach (var orchestrator in Orchestrators) registry.AddOrchestrator(orchestrator);
        foreach (var activity in Activities) registry.AddActivity(activity);
    }
}
