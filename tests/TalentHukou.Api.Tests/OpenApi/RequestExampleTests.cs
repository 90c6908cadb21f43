using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// Every JSON request example of <c>openapi.json</c>, sent to the local host by a caller of the route's first role:
/// the server never refuses one as invalid (400, 422) nor fails on it (5xx). The application routes act on an
/// application the submission example itself creates; ids the test does not create (objections, roster entries,
/// registry requests, tickets, instances, dry runs, verifications) are of the right shape and answer their 404,
/// which the handlers give after reading the id and before the body, so there only the shape is proven.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class RequestExampleTests(SharedHost shared)
{
    /// <summary>Routes left out, and why.</summary>
    private static readonly Dictionary<string, string> LeftOut = new(StringComparer.Ordinal)
    {
        // The example names a key version; the server takes only the deployment's current key, which no document
        // can know (a stale runbook is refused by design).
        ["OpsStartKeyRotation"] = "keyId is the deployment's",
    };

    /// <summary>Path values of the right shape for ids the test does not create.</summary>
    private static readonly Dictionary<string, string> Absent = new(StringComparer.Ordinal)
    {
        ["objectionId"] = "OB20260306T101500S123AB12",
        ["rosterId"] = "PR20260309XKQMTWRZBNPDHJL",
        ["requestId"] = "RQ20260306T101500S123AB12",
        ["ticketId"] = "TK20260306T101500S123AB12",
        ["instanceId"] = "application-A20260306T101500S1230000",
        ["eventName"] = "Resume",
        ["verificationId"] = "CV" + new string('0', 32),
        ["kind"] = "application",
        ["caseId"] = "A20260306T101500S1230000",
        ["year"] = "2026",
    };

    /// <summary>
    /// Routes whose body names a thing the test does not create: a card number (public security checks a card the
    /// card office issued) and a dry run; they answer its 404 after validating the body.
    /// </summary>
    private static readonly HashSet<string> AbsentInBody =
        new(StringComparer.Ordinal) { "CrossCheckCard", "OpsApplyBulk" };

    [Fact]
    public async Task RequestExamples_SentToTheHost_NeverRefusedAsInvalid()
    {
        var document = DeclaredFieldRules.Document;
        var routes = ApiRouteTable.All.Where(r => !LeftOut.ContainsKey(r.Name)).ToList();
        var submission = routes.Single(r => r.Name == "SubmitApplication");
        var (applicationId, office) = await SubmitAsync(document, submission);
        var values = new Dictionary<string, string>(Absent)
        {
            ["applicationId"] = applicationId,
            ["subject"] = "example-staff-" + Guid.NewGuid().ToString("N")[..8],
        };
        var failures = new List<string>();
        // The withdrawal last: it closes the application the other routes act on.
        foreach (var route in routes.Where(r => r != submission).OrderBy(r => r.Name == "WithdrawApplication"))
        {
            if (Example(document, route) is not { } body) continue;
            var path = string.Join('/', route.Path.Split('/')
                .Select(s => s.StartsWith('{') ? values[s.Trim('{', '}')] : s));
            var response = await SendAsync(route, path, body, office);
            var status = (int)response.StatusCode;
            var absentId = route.Parameters.Any(Absent.ContainsKey) || AbsentInBody.Contains(route.Name);
            if (status is 400 or 422 or >= 500 || (status == 404 && !absentId))
                failures.Add($"{route.Method} {path}: {status} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<(string Id, string Office)> SubmitAsync(JsonNode document, ApiRoute submission)
    {
        var body = Example(document, submission)!;
        // A verification id is minted per phone at run time (its shape is the schema's to check); the example's names
        // none this host issued, so the submission goes without it.
        body.AsObject().Remove("phoneVerificationId");
        var idNumber = body["applicant"]!["idNumber"]!.GetValue<string>();
        var client = await shared.Host.ClientForAsync("example-applicant", ["applicant"], idNumber: idNumber);
        var response = await client.PostAsync("applications", Json(body));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict, answer.ToJsonString());
        // 409: this ID number has an active application already (a rerun on the same storage); act on that one.
        var id = answer["applicationId"]!.GetValue<string>();
        var view = JsonNode.Parse(await client.GetStringAsync("applications/" + id))!;
        // A reviewer's scope: the district the application went to, or the city.
        return (id, view["route"]!["district"]?.GetValue<string>() ?? "city");
    }

    private async Task<HttpResponseMessage> SendAsync(ApiRoute route, string path, JsonNode body, string office)
    {
        var roles = route.Access.Anonymous || route.Access.AnyOfRoles.Count == 0
            ? ["applicant"] : new[] { route.Access.AnyOfRoles[0] };
        string? idNumber = body["idNumber"]?.GetValue<string>();
        // The applicant's own application: the submission's caller acts on it.
        var sub = roles[0] == "applicant" && path.StartsWith("applications/", StringComparison.Ordinal)
            ? "example-applicant" : "example-" + route.Name;
        if (sub == "example-applicant") idNumber = null;
        // Staff of the application's office and unit, so the application is theirs to act on.
        var employerId = body["employerId"]?.GetValue<string>() ?? "E-DEMO-TECH";
        var client = await shared.Host.ClientForAsync(sub, roles, unit: employerId, hrss: office, idNumber: idNumber);
        if (route.Name == "PublishCalendarNotice") body["dryRun"] = true; // never moves the shared host's deadlines
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path) { Content = Json(body) };
        return await client.SendAsync(request);
    }

    /// <summary>The first example of the route's JSON body schema, if it has one.</summary>
    private static JsonNode? Example(JsonNode document, ApiRoute route)
    {
        var json = document["paths"]!["/" + route.Path]![route.Method.ToLowerInvariant()]!["requestBody"]
            ?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>();
        if (json is null) return null;
        var schema = document["components"]!["schemas"]![json.Split('/')[^1]]!;
        return schema["examples"]?[0]?.DeepClone();
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
