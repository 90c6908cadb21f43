using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Cases;

namespace TalentHukou.Api.Ops;

/// <summary>
/// The one-instance ops control routes: the rules are <see cref="OpsInstanceControl"/>'s (shared with bulk actions);
/// this maps their outcome to an answer and audits it, whatever it is, with the operator's reason.
/// </summary>
public static class OpsCaseControls
{
    /// <summary>What the audit says of a control run without a reason.</summary>
    internal const string NoReasonGiven = "未说明 (none given)";

    public static Task<IResult> Restart(ApiRequest request, OpsCaseServices services) =>
        RunAsync(request, services, "restart");

    public static Task<IResult> Terminate(ApiRequest request, OpsCaseServices services) =>
        RunAsync(request, services, "terminate");

    public static Task<IResult> Suspend(ApiRequest request, OpsCaseServices services) =>
        RunAsync(request, services, "suspend");

    public static Task<IResult> Resume(ApiRequest request, OpsCaseServices services) =>
        RunAsync(request, services, "resume");

    public static Task<IResult> Purge(ApiRequest request, OpsCaseServices services) =>
        RunAsync(request, services, "purge");

    /// <summary>
    /// The operator's reason in the body <c>{reason}</c> (2–300 characters, as a bulk dry run's), masked for the audit.
    /// The contract's controls took no body before, so a call without one still runs and is audited as giving none;
    /// the console always asks for one. A reason that is there but blank, too short or too long is 400, nothing run.
    /// </summary>
    internal static async Task<(string? Reason, IResult? Problem)> ReadReasonAsync(ApiRequest request)
    {
        var http = request.Http.Request;
        var hasBody = http.ContentLength > 0 || http.Headers.TransferEncoding.Count > 0;
        var body = hasBody ? await request.ReadJsonAsync<OpsControlBody>() : new OpsControlBody(null);
        if (body.Reason is null) return (NoReasonGiven, null);
        var check = new BodyValidator();
        var reason = check.Text<OpsControlBody>("reason", body.Reason);
        return check.IsValid ? (PersonalDataScrubber.Scrub(reason!), null) : (null, check.Problem());
    }

    /// <summary>The audit detail: the outcome's own note, if any, and the operator's reason.</summary>
    internal static string Detail(string? note, string reason) =>
        note is null ? "reason: " + reason : $"{note}; reason: {reason}";
    private static async Task<IResult> RunAsync(ApiRequest request, OpsCaseServices services, string action)
    {
        var (reason, problem) = await ReadReasonAsync(request);
        if (problem is not null) return problem;
        var id = request.RouteValue("instanceId");
        var outcome = await services.Control.RunAsync(request.Durable, id, action, request.Aborted);
        await OpsInstancesApi.Audit(
            request, services.Audit, action, id, outcome.Outcome, Detail(outcome.Reason, reason!));
        return outcome.Outcome switch
        {
            "accepted" when action == "purge" => TypedResults.NoContent(),
            "accepted" => TypedResults.Accepted($"/api/ops/instances/{id}"),
            "refused" => Problems.Problems.Result(ProblemTypes.Conflict, outcome.Reason!),
            _ => Problems.Problems.NotFound(action == "purge"
                ? "No completed instance with this id to purge."
                : "No instance has this instanceId."),
        };
    }
}

/// <summary>Why the operator runs a control (audited).</summary>
[Description("运维操作原因。Why an operator acts on an instance (audited); optional.")]
public sealed record OpsControlBody(
    [OptionalField]
    [TextField(2, 300)]
    string? Reason);
