using Microsoft.DurableTask;
using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Registry;

namespace TalentHukou.Workflows.Registry.Activities;

/// <summary>
/// Applies a registry admin's decision: on approval the entry is written (and searchable at once); then the request is
/// closed.
/// </summary>
public sealed class ApplyRegistryDecision(RegistryRequestStore requests, RegistryApprovals approvals)
    : TaskActivity<ApplyRegistryDecisionInput, RegistryRequestStatus>
{
    public override async Task<RegistryRequestStatus> RunAsync(
        TaskActivityContext context, ApplyRegistryDecisionInput input)
    {
        var request = await requests.GetAsync(input.RequestId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Registry request {input.RequestId} does not exist.");
        if (request.Status != RegistryRequestStatus.Pending)
            return request.Status; // a retried activity: already applied
        var resultId = input.Decision.Approve
            ? await approvals.ApplyAsync(request, input.DecidedAt, CancellationToken.None)
            : null;
        var status = input.Decision.Approve ? RegistryRequestStatus.Approved : RegistryRequestStatus.Rejected;
        await requests.ReplaceAsync(request with
        {
            Status = status,
            DecidedAt = input.DecidedAt,
            DecidedBy = input.Decision.DecidedBy,
            Reason = input.Decision.Reason ?? "",
            ResultId = resultId,
        }, CancellationToken.None);
        return status;
    }
}

/// <summary>The decision to apply, with the business time it was taken.</summary>
public sealed record ApplyRegistryDecisionInput(string RequestId, RegistryDecision Decision, DateTimeOffset DecidedAt);
