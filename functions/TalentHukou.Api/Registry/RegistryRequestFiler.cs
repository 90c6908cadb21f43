using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Registry.Orchestrations;
using TalentHukou.Workflows.Time;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Time;

namespace TalentHukou.Api.Registry;

/// <summary>
/// Files a registry request: the row first, then its review orchestration; if scheduling fails the row is
/// removed again, so a request never exists without the process that decides it.
/// </summary>
public sealed class RegistryRequestFiler(RegistryRequestStore store, BusinessClock clock, TimeProvider time, IOptions<RegistryOptions> options)
{
    /// <summary>Registry requests are decided within 1 working day (seed Q2).</summary>
    public const int SlaWorkingDays = 1;

    public async Task<RegistryRequest> FileAsync(
        DurableTaskClient durable, RegistryRequestType type, RegistryRequester requester, string subject, string payloadJson,
        IReadOnlyList<string> attachmentIds, CancellationToken ct)
    {
        var filedAt = clock.UtcNow;
        var dueBy = clock.Deadlines.DueBy(filedAt, SlaWorkingDays);
        var request = new RegistryRequest(TableKeys.SortableId("RQ", time.GetUtcNow()), type, RegistryRequestStatus.Pending, requester.Subject, subject, filedAt, dueBy, payloadJson)
        {
            AttachmentIds = attachmentIds,
            NotifyEmail = requester.Email,
        };
        await store.AddAsync(request, ct);
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(
                nameof(RegistryReviewOrchestrator),
                new RegistryReviewInput(request.RequestId, clock.Anchor, dueBy)
                {
                    Type = type, NotifyEmail = requester.Email, NotifyName = requester.MaskedName, AdminEmail = options.Value.TeamEmail,
                },
                new StartOrchestrationOptions(RegistryReviewOrchestrator.InstanceIdFor(request.RequestId)),
                ct);
        }
        catch
        {
            await store.DeleteAsync(request.RequestId, CancellationToken.None);
            throw;
        }
        return request;
    }
}
