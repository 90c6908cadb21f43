using System.Text.Json.Nodes;
using TalentHukou.Api.Routing;

namespace TalentHukou.Api.OpenApi;

/// <summary>The document's tags: one per first path segment, each described once at the top level.</summary>
public static class OpenApiTags
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["admin"] = "Staff assignments, managed by admins",
        ["applications"] = "Applications: submission, reviews, objections, publicity, cards (seed Q1, Q5, Q6)",
        ["calendar"] = "Working days with statutory holidays and 调休",
        ["cards"] = "Public verification of a card's QR code",
        ["contacts"] = "City and district HRSS contacts (seed Q8)",
        ["dev"] = "Local development only",
        ["health"] = "Reachability of storage, the durable backend and email",
        ["openapi.json"] = "This document",
        ["ops"] = "Monitoring and control of orchestrations, metrics and the audit trail",
        ["psb"] = "The public-security cross-check (seed Q7)",
        ["publicity"] = "The public publicity roster (公示名单) and objections against it",
        ["registry"] = "Employer, school and major registries and add-requests (seed Q2–Q4)",
        ["support"] = "Support tickets (seed Q8)",
        ["unit-admins"] = "Legal-entity unit admin permission (seed Q3)",
    };

    public static string Of(ApiRoute route) => route.Template.Split('/')[0];

    /// <summary>The top-level tag list for the operations in <paramref name="paths"/>.</summary>
    public static IEnumerable<JsonNode> For(JsonObject paths) =>
        paths.SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["tags"]![0]!.GetValue<string>()))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(tag => (JsonNode)new JsonObject
            {
                ["name"] = tag,
                ["description"] = Descriptions.GetValueOrDefault(tag, tag),
            });
}
