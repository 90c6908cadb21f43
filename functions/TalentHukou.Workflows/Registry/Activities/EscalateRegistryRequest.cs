using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Registry;

namespace TalentHukou.Workflows.Registry.Activities;

/// <summary>
/// Marks a registry request overdue (visible in its progress and in ops metrics) and logs the escalation.
/// </summary>
public sealed partial class EscalateRegistryRequest(
    RegistryRequestStore requests, ILogger<EscalateRegistryRequest> logger)
    : TaskActivity<EscalateRegistryRequestInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, EscalateRegistryRequestInput input)
    {
        var request = await requests.GetAsync(input.RequestId, CancellationToken.None);
        if (request is null || request.EscalatedAt is not null) return false;
        await requests.ReplaceAsync(request with { EscalatedAt = input.EscalatedAt }, CancellationToken.None);
        LogEscalated(logger, request.RequestId, request.Type.ToString(), request.DueBy);
        return true;
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "ESCALATION: registry request {RequestId} ({Type}) was not decided by {DueBy:O}")]
    private static partial void LogEscalated(ILogger logger, string requestId, string type, DateTimeOffset dueBy);
}

/// <summary>The request and the business time of its escalation.</summary>
public sealed record EscalateRegistryRequestInput(string RequestId, DateTimeOffset EscalatedAt);
