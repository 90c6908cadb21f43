using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Registry.Orchestrations;

namespace TalentHukou.Api.Registry;

/// <summary>Progress of registry requests (已添加企业审核进度查询), the registry admins' queue and their decisions.</summary>
public static class RegistryRequestsApi
{
    private static QueryParameter PageSize => Paging.PageSize;
    private static QueryParameter ContinuationToken => Paging.ContinuationToken;

    private static readonly TimeSpan DecisionWait = TimeSpan.FromSeconds(45);

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetRegistryRequest", "GET", "registry/requests/{requestId}", Access.SignedIn,
            Handle.With<RegistryRequestServices>(Progress))
        {
            ETagged = true,
            Doc = RegistryRequestsApiDocs.GetRegistryRequest,
        },
        new("ListRegistryRequests", "GET", "registry/requests", Access.SignedIn,
            Handle.With<RegistryRequestServices>(Queue)) { Doc = RegistryRequestsApiDocs.ListRegistryRequests },
        new("DecideRegistryRequest", "POST", "registry/requests/{requestId}/decision",
            Access.RolesOf(Roles.RegistryAdmin),
            Handle.With<RegistryRequestServices>(
                (r, s) => DecideAsync(r, s, type => type != RegistryRequestType.UnitAdmin)))
        {
            Doc = RegistryRequestsApiDocs.DecideRegistryRequest,
        },
    ];

    public static IResult Accepted(RegistryRequest filed, WorkingDayCalendar calendar) =>
        TypedResults.Accepted(
            $"/api/registry/requests/{filed.RequestId}",
            new RegistryRequestAccepted(filed.RequestId, "pending", filed.DueBy)
            {
                DueByProvisional = calendar.IsProvisional(filed.FiledAt, filed.DueBy) ? true : null,
            });

    public static async Task<IResult> Progress(ApiRequest request, RegistryRequestServices services)
    {
        var found = await services.Requests.GetAsync(request.RouteValue("requestId"), request.Aborted);
        if (found is null
            || (found.RequesterSub != request.Caller.Subject && !request.Caller.IsIn(Roles.RegistryAdmin)))
        {
            return Problems.Problems.Result(
                RegistryProblems.RequestNotFound, "No registry request with this id is visible to you.");
        }
        var proposal = await RegistryProposalViews.ForAsync(found, services.Employers, request.Aborted);
        return TypedResults.Ok(RegistryRequestView.From(
            found, services.Clock.UtcNow, services.Clock.Calendar, proposal));
    }

    /// <summary>
    /// Registry admins: the whole queue (status and type filters, overdue only), sorted by due time, counts by status.
    /// Anyone with <c>mine=true</c>, and anyone not a registry admin: their own requests, newest first.
    /// </summary>
    public static async Task<IResult> Queue(ApiRequest request, RegistryRequestServices services)
    {
        var query = request.Query();
        var mine = query.Flag(QueryFilters.Mine);
        var status = query.OneOf(RegistryRequestsApiDocs.Status, WireEnum<RegistryRequestStatus>.ByName);
        var type = query.OneOf(RegistryRequestsApiDocs.Type, WireEnum<RegistryRequestType>.ByName);
        var overdueOnly = query.Flag(QueryFilters.OverdueOnly);
        var pageSize = query.Integer(PageSize)!.Value;
        var token = query.Text(ContinuationToken);
        query.ThrowIfInvalid();
        // Anyone but the staff of this queue lists their own, mine=true or not.
        mine = mine || !request.Caller.IsIn(Roles.RegistryAdmin);
        var all = mine
            ? await services.Requests.ListByRequesterAsync(request.Caller.Subject, request.Aborted)
            : await services.Requests.ScanAsync(type is null ? [] : [type.Value], request.Aborted);
        var now = services.Clock.UtcNow;
        var chosen = all.Where(r => (type is null || r.Type == type) && (status is null || r.Status == status)
            && (!overdueOnly || r.IsOverdueAt(now)));
        var (page, next) = mine
            ? WorkQueue.NewestFirst(chosen, r => r.RequestId, pageSize, token)
            : WorkQueue.Page(chosen, r => r.DueBy, r => r.RequestId, pageSize, token);
        var counts = mine
            ? null
            : all.GroupBy(r => WireEnum<RegistryRequestStatus>.Name(r.Status)).ToDictionary(g => g.Key, g => g.Count());
        var views = new List<RegistryRequestView>();
        foreach (var r in page)
            views.Add(RegistryRequestView.From(
                r, now, services.Clock.Calendar,
                await RegistryProposalViews.ForAsync(r, services.Employers, request.Aborted)));
        return TypedResults.Ok(new RegistryQueuePage(views, next) { Counts = counts });
    }

    /// <summary>
    /// Passes the decision to the request's orchestration and waits briefly for it to be applied, so that an approved
    /// entry is searchable when the answer arrives (202 with the progress route if it takes longer).
    /// </summary>
    public static async Task<IResult> DecideAsync(
        ApiRequest request, RegistryRequestServices services, Func<RegistryRequestType, bool> handlesType)
    {
        var body = await request.ReadJsonAsync<DecisionBody>();
        var v = new BodyValidator();
        var reason = v.Decision<DecisionBody>(body.Approve, body.Reason);
        if (!v.IsValid) return v.Problem();

        var store = services.Requests;
        var id = request.RouteValue("requestId");
        var found = await store.GetAsync(id, request.Aborted);
        if (found is null || !handlesType(found.Type))
            return Problems.Problems.Result(
                RegistryProblems.RequestNotFound, "No registry request of this kind has this requestId.");
        if (found.Status != RegistryRequestStatus.Pending)
            return AlreadyDecided(found);
        if (await RegistrySeparation.IsOwnRequestAsync(
            request.Caller, found, services.Applications, services.Identity, request.Aborted))
            return Problems.Problems.Result(
                RegistryProblems.OwnRequest,
                "Nobody decides on a request they filed or that would grant them a permission.");

        var instanceId = RegistryReviewOrchestrator.InstanceIdFor(found.RequestId);
        var caller = request.Caller;
        var decision = await services.Decisions.AddAsync(
            found.RequestId,
            DecisionKinds.RegistryDecision,
            caller.Subject,
            Roles.RegistryAdmin,
            DecisionPayload.Write(new ReviewPayload(body.Approve!.Value, reason)),
            request.Aborted);
        var raised = await request.Durable.RaiseWhenStartedAsync(
            instanceId, RegistryReviewOrchestrator.DecisionEvent, decision.DecisionId, DecisionWait, request.Aborted);
        await services.Audit.AppendAsync(
            new AuditRecord(
                caller.Subject,
                Roles.RegistryAdmin,
                "decision." + DecisionKinds.RegistryDecision,
                found.RequestId,
                raised ? "signalled" : "process-starting",
                decision.DecisionId),
            request.Aborted);
        if (!raised)
            return Problems.Problems.Result(
                ProblemTypes.StorageUnavailable, "The request's review process is still starting; retry shortly.");
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(request.Aborted);
        wait.CancelAfter(DecisionWait);
        try
        {
            await request.Durable.WaitForInstanceCompletionAsync(instanceId, wait.Token);
        }
        catch (OperationCanceledException) when (!request.Aborted.IsCancellationRequested)
        {
            return TypedResults.Accepted(
                $"/api/registry/requests/{found.RequestId}",
                RegistryRequestView.From(found, services.Clock.UtcNow, services.Clock.Calendar));
        }
        var decided = (await store.GetAsync(found.RequestId, request.Aborted))!;
        var mine = decided.DecidedBy == request.Caller.Subject
            && (decided.Status == RegistryRequestStatus.Approved) == body.Approve.Value;
        return mine
            ? TypedResults.Ok(RegistryRequestView.From(decided, services.Clock.UtcNow, services.Clock.Calendar))
            : AlreadyDecided(decided);
    }

    private static IResult AlreadyDecided(RegistryRequest r) =>
        Problems.Problems.Result(
            RegistryProblems.AlreadyDecided,
            $"Request {r.RequestId} is already {WireEnum<RegistryRequestStatus>.Name(r.Status)}.",
            extra: new { currentStatus = WireEnum<RegistryRequestStatus>.Name(r.Status) });
}
