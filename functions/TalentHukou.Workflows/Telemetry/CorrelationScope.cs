using System.Collections.Concurrent;
using System.Reflection;
using TalentHukou.Adapters.Telemetry;

namespace TalentHukou.Workflows.Telemetry;

/// <summary>
/// The names of the logging scope values that tie log lines to an application, a durable instance or a request,
/// and how an application id is read from a durable task's input.
/// </summary>
public static class CorrelationScope
{
    public const string ApplicationId = "ApplicationId";
    public const string InstanceId = "InstanceId";
    public const string Task = "DurableTask";
    public const string TraceId = "TraceId";
    public const string Route = "Route";

    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ApplicationIdProperties = new();

    /// <summary>
    /// The input's public string <c>ApplicationId</c> (most application and card inputs have one), else null.
    /// </summary>
    public static string? ApplicationIdOf(object? input) => input is null ? null
        : ApplicationIdProperties
            .GetOrAdd(input.GetType(), static type =>
                type.GetProperty(ApplicationId) is { PropertyType: var t } p && t == typeof(string) ? p : null)
            ?.GetValue(input) as string;

    /// <summary>The scope state of a durable task run: its name, instance and (when known) application.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> ForTask(string task, string instanceId, object? input) =>
        ForTask(task, instanceId, ApplicationIdOf(input));

    /// <inheritdoc cref="ForTask(string, string, object?)"/>
    public static IReadOnlyList<KeyValuePair<string, object?>> ForTask(
        string task, string instanceId, string? applicationId)
    {
        var scope = new List<KeyValuePair<string, object?>> { new(Task, task), new(InstanceId, instanceId) };
        if (applicationId is { Length: > 0 }) scope.Add(new(ApplicationId, applicationId));
        return scope;
    }
}
