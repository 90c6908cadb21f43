using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Cards;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Privacy;

/// <summary>
/// One application driven to a synced card through the smart path, with every personal value it carries in clear
/// (name, e-mail, ID number, phone, certificate and card numbers, the card's holder digest and signature); made once
/// per host and shared by the tests that look for those values where they must not be.
/// </summary>
public sealed record IssuedCase(string ApplicationId, IReadOnlyList<string> RawValues)
{
    public const string Name = "李小龙";

    private static readonly ConcurrentDictionary<LocalHostUnderTest, Lazy<Task<IssuedCase>>> Cases = new();

    public static Task<IssuedCase> OfAsync(LocalHostUnderTest host) =>
        Cases.GetOrAdd(host, h => new Lazy<Task<IssuedCase>>(() => IssueAsync(h))).Value;

    private static async Task<IssuedCase> IssueAsync(LocalHostUnderTest host)
    {
        var idNumber = IdNumbers.New();
        var email = $"ops-view-{Guid.NewGuid():N}"[..20] + "@example.cn";
        var applicant = await ApplicationFlows.ApplicantAsync(host, idNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber, email);
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");
        await Json.PostOkAsync(applicant, $"applications/{id}/card/generate", new { consent = true, signedName = Name },
            HttpStatusCode.Accepted);
        var synced = await ApplicationFlows.AtStageAsync(applicant, id, "psb-synced", 120);
        var number = synced.GetProperty("card").Str("number");
        var card = await host.Services.GetRequiredService<CardRegistry>().GetAsync(number, CancellationToken.None)
            ?? throw new InvalidOperationException("The issued card has no row.");
        return new IssuedCase(id,
        [
            Name, email, idNumber, "13800138000", "105581201805001234", number,
            card.Signature.Payload.HolderDigest, card.Signature.Value,
        ]);
    }

    /// <summary>
    /// Every text of an answer: JSON strings (and the JSON inside them) decoded, or the body as it is.
    /// </summary>
    public static IEnumerable<string> TextsOf(string body)
    {
        yield return body;
        if (TryParse(body) is not { } root) yield break;
        foreach (var text in Strings(root)) yield return text;
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var text in element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)))
                    yield return text;
                break;
            case JsonValueKind.Array:
                foreach (var text in element.EnumerateArray().SelectMany(Strings)) yield return text;
                break;
            case JsonValueKind.String:
                var value = element.GetString()!;
                yield return value;
                if (TryParse(value) is { } inner)
                    foreach (var text in Strings(inner)) yield return text;
                break;
        }
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
