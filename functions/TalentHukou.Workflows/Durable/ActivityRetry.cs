using Microsoft.DurableTask;

namespace TalentHukou.Workflows.Durable;

/// <summary>Retry policies for activities whose failures are transient (storage, transports).</summary>
public static class ActivityRetry
{
    /// <summary>5 attempts, 1 s then doubling up to 30 s.</summary>
    public static readonly TaskOptions Transient = TaskOptions.FromRetryPolicy(
        new RetryPolicy(
            maxNumberOfAttempts: 5,
            firstRetryInterval: TimeSpan.FromSeconds(1),
            backoffCoefficient: 2,
            maxRetryInterval: TimeSpan.FromSeconds(30)));
}
