using Microsoft.DurableTask;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Functions.Durable;

/// <summary>
/// Runs a class-based orchestrator inside its Functions trigger, through <see cref="ObservedOrchestrator"/> like the
/// local host.
/// </summary>
public static class FunctionOrchestration
{
    public static Task<TOutput> RunAsync<TOrchestrator, TInput, TOutput>(TaskOrchestrationContext context)
        where TOrchestrator : TaskOrchestrator<TInput, TOutput>, new()
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<TInput>()!;
        return ObservedOrchestrator.RunAsync(context, input, () => new TOrchestrator().RunAsync(context, input));
    }
}
