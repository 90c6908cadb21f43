using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Functions.Durable;

/// <summary>
/// Runs a class-based activity inside its Functions trigger (what the unavailable DurableTask source generator would
/// emit), through <see cref="ObservedActivity"/> like the local host.
/// </summary>
public sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;

    /// <summary>
    /// Creates the activity with the function's services plus <paramref name="bindings"/> (objects the Functions host
    /// hands the trigger rather than DI, such as the <c>[DurableClient]</c>), and runs it.
    /// </summary>
    public static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(
        FunctionContext context, TInput input, params object[] bindings)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        var activity = ActivatorUtilities.CreateInstance<TActivity>(context.InstanceServices, bindings);
        var instanceId = context.BindingContext.BindingData.TryGetValue("instanceId", out var id)
            ? id?.ToString() ?? ""
            : "";
        var activityContext = new FunctionActivityContext(typeof(TActivity).Name, instanceId);
        var logger = context.InstanceServices.GetRequiredService<ILoggerFactory>().CreateLogger<TActivity>();
        return ObservedActivity.RunAsync(
            logger, activityContext, input, () => activity.RunAsync(activityContext, input));
    }
}
