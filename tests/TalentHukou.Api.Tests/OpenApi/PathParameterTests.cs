using System.Text.RegularExpressions;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Ops;
using TalentHukou.Adapters.Publicity;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Sms.Verification;
using TalentHukou.Adapters.Support;
using TalentHukou.Api.Input;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// Every path parameter has one declared rule: the document shows it, the pipeline's check accepts what the store's
/// own id check accepts (so no id that exists is refused), and a refusal names the parameter, never the value.
/// </summary>
public class PathParameterTests
{
    public static TheoryData<string, string> Parameters
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var route in ApiRouteTable.All)
                foreach (var name in route.Parameters) data.Add(route.Name, name);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void PathParameter_InDocument_CarriesItsRule(string routeName, string name)
    {
        var route = ApiRouteTable.All.Single(r => r.Name == routeName);
        var rule = PathParameters.For(name);
        var parameter = DeclaredFieldRules.Document["paths"]!["/" + route.Path]![route.Method.ToLowerInvariant()]!
            ["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;
        Assert.Equal(rule.Pattern, parameter["schema"]!["pattern"]?.GetValue<string>());
        Assert.Equal(rule.MaxLength, parameter["schema"]!["maxLength"]?.GetValue<int>());
        Assert.Equal(rule.Minimum, parameter["schema"]!["minimum"]?.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(parameter["description"]?.GetValue<string>()), name);
    }

    public static TheoryData<string, string, bool> Ids => new()
    {
        { "applicationId", "A20260306T101500S123AB12", ApplicationStore.IsValidId("A20260306T101500S123AB12") },
        { "applicationId", "GD2026000123", true },
        { "applicationId", "A-1", ApplicationStore.IsValidId("A-1") },
        { "applicationId", new string('A', 41), ApplicationStore.IsValidId(new string('A', 41)) },
        { "requestId", "RQ20260306T101500S123AB12", RegistryRequestStore.IsValidId("RQ20260306T101500S123AB12") },
        { "requestId", "440103199003071234", RegistryRequestStore.IsValidId("440103199003071234") },
        { "ticketId", "TK20260306T101500S123AB12", SupportTicketStore.IsValidId("TK20260306T101500S123AB12") },
        { "ticketId", "TK-1", SupportTicketStore.IsValidId("TK-1") },
        { "dryRunId", "DR20260306T101500S123AB12", BulkDryRuns.IsValidId("DR20260306T101500S123AB12") },
        { "rosterId", PublicityRoster.NewId(new DateOnly(2026, 3, 6)), true },
        { "rosterId", "PR2026", PublicityRoster.IsValidId("PR2026") },
        { "verificationId", ContactVerificationIds.New(), true },
        { "verificationId", "CV1234", ContactVerificationIds.IsWellFormed("CV1234") },
        { "cardNumber", "R2600000000123", CardNumber.IsValid("R2600000000123") },
        { "cardNumber", "R26000", CardNumber.IsValid("R26000") },
        { "instanceId", "application-A20260306T101500S123AB12", true },
        { "instanceId", "a#b", false },
        { "kind", "registry", true },
        { "kind", "widget", false },
        { "year", "2025", true },
        { "year", "2101", false },
        { "subject", new string('s', 128), true },
        { "subject", new string('s', 129), false },
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public void PathParameter_AgreesWithTheStoresCheck(string name, string value, bool expected)
    {
        var rule = PathParameters.For(name);
        Assert.Equal(expected, rule.Accepts(value));
        if (rule.Pattern is { } pattern && rule.Minimum is null)
            Assert.Equal(expected, Regex.IsMatch(value, pattern) && value.Length <= rule.MaxLength);
    }

    [Fact]
    public void Refusal_IdOfAnotherShape_ItsNotFoundWithoutTheValue()
    {
        var refused = PathParameters.For("requestId").Refuse();
        Assert.Equal(404, refused.Problem.Status);
        Assert.Equal("registry-request-not-found", refused.Problem.Type.Split(':')[^1]);
        var year = PathParameters.For("year").Refuse();
        Assert.Equal(ProblemTypes.ValidationFailed, year.Problem);
        Assert.Contains("year", year.Errors!.Keys);
    }
}
