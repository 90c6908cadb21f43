using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Telemetry;

namespace TalentHukou.Workflows.Telemetry;

/// <summary>
/// Runs an activity inside a logging scope (<see cref="CorrelationScope.ForTask"/>) and a span of
/// <see cref="TalentHukouTelemetry.Source"/>. Both hosts run every activity through it: the local host by
/// registering this wrapper (<see cref="Durable.DurableTasks.Register"/>), the Functions app from its trigger wrappers.
/// </summary>
public sealed class ObservedActivity(ITaskActivity inner, ILogger logger) : ITaskActivity
{
    public Type InputType => inner.InputType;

    public Type OutputType => inner.OutputType;

    public Task<object?> RunAsync(TaskActivityContext context, object? input) =>
        RunAsync(logger, context, input, () => inner.RunAsync(context, input));

    public static async Task<T> RunAsync<T>(
        ILogger logger, TaskActivityContext context, object? input, Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(context);
        var applicationId = CorrelationScope.ApplicationIdOf(input); // once: it reflects over the input
        using var scope =
            logger.BeginScope(CorrelationScope.ForTask(context.Name.Name, context.InstanceId, applicationId));
        using var span = TalentHukouTelemetry.Source.StartActivity("activity " + context.Name.Name);
        span?.SetTag("durabletask.type", "activity");
        span?.SetTag("durabletask.task.name", context.Name.Name);
        span?.SetTag("durabletask.task.instance_id", context.InstanceId);
        span?.SetTag("talenthukou.application_id", applicationId);
        try
        {
            return await run();
        }
        catch (Exception ex)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name); // the type only: messages may quote input
            throw;
        }
    }
}
