using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Cases;

namespace TalentHukou.Api.Ops;

/// <summary>
/// The one-instance ops control routes: the rules are <see cref="OpsInstanceControl"/>'s (shared with bulk actions);
/// this maps their outcome to an answer and audits it, whatever it is.
/// </summary>
public static class OpsCaseControls
{
    public static Task<IResult> Restart(ApiRequest request, OpsCaseServices services) => RunAsync(request, services, "restart");

    public static Task<IResult> Terminate(ApiRequest request, OpsCaseServices services) => RunAsync(request, services, "terminate");

    public static Task<IResult> Suspend(ApiRequest request, OpsCaseServices services) => RunAsync(request, services, "suspend");

    public static Task<IResult> Resume(ApiRequest request, OpsCaseServices services) => RunAsync(request, services, "resume");

    public static Task<IResult> Purge(ApiRequest request, OpsCaseServices services) => RunAsync(request, services, "purge");

    private static async Task<IResult> RunAsync(ApiRequest request, OpsCaseServices services, string action)
    {
        var id = request.RouteValue("instanceId");
        var outcome = await services.Control.RunAsync(request.Durable, id, action, request.Aborted);
        await OpsInstancesApi.Audit(request, services.Audit, action, id, outcome.Outcome, outcome.Reason);
        return outcome.Outcome switch
        {
            "accepted" when action == "purge" => TypedResults.NoContent(),
            "accepted" => TypedResults.Accepted($"/api/ops/instances/{id}"),
            "refused" => Problems.Problems.Result(ProblemTypes.Conflict, outcome.Reason!),
            _ => Problems.Problems.NotFound(action == "purge" ? "No completed instance with this id to purge." : "No instance has this instanceId."),
        };
    }
}
