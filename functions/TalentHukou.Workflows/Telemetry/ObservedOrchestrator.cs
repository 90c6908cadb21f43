using Microsoft.DurableTask;
using TalentHukou.Adapters.Telemetry;

namespace TalentHukou.Workflows.Telemetry;

/// <summary>
/// Runs an orchestrator inside a logging scope (<see cref="CorrelationScope.ForTask"/>), opened on its replay-safe
/// logger, so what it logs carries its instance and application. No span: an orchestrator replays, and a span per
/// replay would count work that was not done again.
/// </summary>
public sealed class ObservedOrchestrator(ITaskOrchestrator inner) : ITaskOrchestrator
{
    public Type InputType => inner.InputType;

    public Type OutputType => inner.OutputType;

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input) =>
        RunAsync(context, input, () => inner.RunAsync(context, input));

    public static async Task<T> RunAsync<T>(TaskOrchestrationContext context, object? input, Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = context.CreateReplaySafeLogger(typeof(ObservedOrchestrator).FullName!);
        using var scope = logger.BeginScope(CorrelationScope.ForTask(context.Name.Name, context.InstanceId, input));
        return await run();
    }
}
