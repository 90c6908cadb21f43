using System.Text;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Reliability.Tests.HostileInput;

/// <summary>
/// The ops controls on business instances (restart, terminate, suspend, resume, purge, raise, repair) aimed at the
/// victim's own live application and ticket: with tokens that are not ops, forged ids, other kinds' ids, path
/// traversal and oversize bodies, and, with an ops token, only the controls a live case refuses (restart of a running
/// instance, purge of an open case, repair of a case that is not stranded, a business event). Every one of them, for
/// every such route, so none depends on the seed: each must be refused with a problem and change nothing.
/// </summary>
public sealed class HostileOpsControls(VictimResources victim)
{
    public const string Attacker = "hostile-ops";

    /// <summary>The write routes aimed at one instance or case.</summary>
    public static IReadOnlyList<ApiRoute> Routes { get; } = HostileCorpus.WriteRoutes
        .Where(r => r.Parameters.Contains("instanceId") || r.Parameters.Contains("caseId")).ToList();

    private string Application => "application-" + victim.ApplicationId;

    private string Ticket => "ticket-" + victim.TicketId;

    public IEnumerable<HostileCase> Generate()
    {
        foreach (var route in Routes)
        {
            foreach (var target in new[] { Application, Ticket })
            {
                var real = Values(route, target);
                foreach (var role in Roles.All.Where(r => r != Roles.Ops))
                    yield return Case(route, "ops-not-ops", $"{target} as {role}", real, Bearer(role));
                foreach (var (name, header) in HostileTokens.Refused(Attacker, Roles.Ops))
                    yield return Case(route, "ops-bad-token", $"{target} with {name}", real, header);
                var oversize = "{\"reason\":\"" + new string('x', (int)route.MaxBodyBytes + 1) + "\"}";
                yield return Case(
                    route,
                    "ops-oversize",
                    $"{target} with a {oversize.Length}-byte reason",
                    real,
                    Bearer(Roles.Ops),
                    oversize);
                if (RefusedOnALiveCase(route))
                    yield return Case(route, "ops-live-case", $"{target} as ops", real, Bearer(Roles.Ops));
            }
            foreach (var wrong in WrongTargets())
                yield return Case(route, "ops-wrong-id", wrong, Values(route, wrong), Bearer(Roles.Ops));
        }
    }

    /// <summary>Forged ids, other kinds' ids for the victim's cases, and traversal out of the instance id.</summary>
    private IEnumerable<string> WrongTargets() =>
    [
        "application-" + victim.ApplicationId[..^1] + (victim.ApplicationId[^1] == 'A' ? 'B' : 'A'),
        "application-",
        "application-" + victim.TicketId,
        "ticket-" + victim.ApplicationId,
        "registry-" + victim.ApplicationId,
        "card-" + victim.ApplicationId + "-1",
        "card-" + victim.TicketId + "-1",
        Application + "/../../" + Ticket,
        "../" + Application,
        Application + "/../x",
        "..\\" + Ticket,
        "%2e%2e%2f" + Application,
    ];

    /// <summary>
    /// Route values aiming at <paramref name="instanceId"/>: the repair route takes its kind and case id, the raise
    /// route a business event (which ops may never raise).
    /// </summary>
    private static Dictionary<string, string> Values(ApiRoute route, string instanceId)
    {
        var dash = instanceId.IndexOf('-', StringComparison.Ordinal);
        return new Dictionary<string, string>
        {
            ["instanceId"] = instanceId,
            ["kind"] = dash > 0 ? instanceId[..dash] : instanceId,
            ["caseId"] = dash > 0 ? instanceId[(dash + 1)..] : "",
            ["eventName"] = OrchestrationEvents.Business[instanceId.Length % OrchestrationEvents.Business.Count],
        }.Where(v => route.Parameters.Contains(v.Key)).ToDictionary();
    }

    /// <summary>
    /// Controls an ops token may send to a live case and still be refused (the others act, as they should).
    /// </summary>
    private static bool RefusedOnALiveCase(ApiRoute route) =>
        route.Name is "OpsRestartInstance" or "OpsPurgeInstance" or "OpsRepairCase" or "OpsRaiseEvent";

    private static string Bearer(string role) => "Bearer " + HostileTokens.Valid(Attacker, role);

    private static HostileCase Case(
        ApiRoute route, string kind, string description, Dictionary<string, string> values, string? authorization,
        string? body = null)
    {
        var path = route.Path;
        foreach (var (parameter, value) in values)
            path = path.Replace(
                "{" + parameter + "}",
                Uri.EscapeDataString(value.Length == 0 ? "%" : value),
                StringComparison.Ordinal);
        return new HostileCase(route.Name, kind, description, () =>
        {
            var request = new HttpRequestMessage(new HttpMethod(route.Method), path)
            {
                Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
            };
            if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            return request;
        });
    }
}
