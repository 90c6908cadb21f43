using Azure;
using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Time;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications;

/// <summary>
/// Starts the orchestration of a stored application: on submission, and again when the host that stored it died before
/// starting it (the applicant's retry, or <see cref="Recovery.UnstartedApplicationSweep"/>).
/// </summary>
public sealed class ApplicationProcess(BusinessClock clock, ApplicationPolicy policy, ApplicationStore store)
{
    /// <summary>True when this call started it; false when its orchestration exists already (running or ended).</summary>
    public async Task<bool> StartAsync(DurableTaskClient durable, ApplicationRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var route = record.Route;
        var notice = new ApplicationNotice(record.Applicant.Email, record.Applicant.Name,
            route.Level == ApplicationRoute.City ? "City" : "District", route.OfficeName, record.Employer.Name);
        var input = new ApplicationWorkflowInput(record.ApplicationId, record.Mode, record.NeedsUnitReview, clock.Anchor, policy, notice);
        // An application whose process ended (rejected, withdrawn, card issued) is never started again.
        var started = await durable.StartUnlessPresentAsync(nameof(ApplicationOrchestrator), input,
            ApplicationOrchestrator.InstanceIdFor(record.ApplicationId), replaceEnded: false, ct);
        try
        {
            await store.ClearUnstartedMarkAsync(record.ApplicationId, ct);
        }
        catch (RequestFailedException)
        {
            // The process runs; the sweep finds it running and forgets the mark itself.
        }
        return started;
    }
}
