using System.Net;
using System.Text;
using System.Text.Json;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Reliability.Tests.Support;

/// <summary>
/// One applicant taking a smart-path application through the HTTP API to the end of its card saga, the way a patient
/// front end would across host restarts and outages: submit (with an <c>Idempotency-Key</c>), watch the stage, e-sign
/// when the card can be generated, until public security has the card.
/// </summary>
public sealed class SmartPathDriver(HttpClient applicant, string name)
{
    public string? ApplicationId { get; private set; }

    /// <summary>The stage seen last (for reports of where the applications were when something happened).</summary>
    public string LastStage { get; private set; } = "unsubmitted";

    /// <summary>How far along the application is: 0 (not submitted) to 5 (public security has the card).</summary>
    public int Progress => Array.IndexOf(Stages, LastStage) is var i and >= 0 ? i : 1;

    private static readonly string[] Stages =
        ["unsubmitted", "publicity", "awaiting-card", "card-issuing", "card-issued", "psb-synced"];

    /// <summary>Why the run ended before public security had the card, when it did (for reports).</summary>
    public string? Failure { get; private set; }

    public async Task<JsonElement> RunAsync(object body, int seconds = 240)
    {
        try
        {
            ApplicationId = await SubmitAsync(body);
            return await DriveToSyncedCardAsync(seconds);
        }
        catch (Exception ex)
        {
            Failure = ex.Message;
            throw;
        }
    }

    private async Task<string> SubmitAsync(object body)
    {
        var key = Guid.NewGuid().ToString("N");
        var json = JsonSerializer.Serialize(body);
        for (var tries = 0; tries < 400; tries++)
        {
            var (status, text) = await Resilient.SendAsync(
                applicant,
                () => new HttpRequestMessage(HttpMethod.Post, "applications")
                {
                    Content = new StringContent(json, Encoding.UTF8, "application/json"),
                    Headers = { { "Idempotency-Key", key } },
                });
            if (status == HttpStatusCode.Accepted) return JsonDocument.Parse(text).RootElement.Str("applicationId");
            var problem = JsonDocument.Parse(text).RootElement;
            // The first try stored the application but its answer was lost with the host: the service names it.
            if (status == HttpStatusCode.Conflict
                && problem.TryGetProperty("applicationId", out var existing)
                && existing.ValueKind == JsonValueKind.String)
                return existing.GetString()!;
            // The first try still holds the key (or held it when the host died), or stored the application but its
            // process has not started yet: ask again shortly.
            if (status == HttpStatusCode.Conflict
                && problem.Str("type") is "urn:talenthukou:conflict" or "urn:talenthukou:submission-in-progress")
            {
                await Task.Delay(500);
                continue;
            }
            throw new InvalidOperationException($"Submitting failed: {(int)status} {text}");
        }
        throw new TimeoutException("The submission's Idempotency-Key stayed held.");
    }

    private async Task<JsonElement> DriveToSyncedCardAsync(int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var signedAt = DateTime.MinValue;
        while (DateTime.UtcNow < deadline)
        {
            var (status, text) = await Resilient.GetAsync(applicant, $"applications/{ApplicationId}");
            if (status != HttpStatusCode.OK)
                throw new InvalidOperationException($"GET {ApplicationId}: {(int)status} {text}");
            var view = JsonDocument.Parse(text).RootElement;
            LastStage = view.Str("stage");
            if (LastStage == "psb-synced") return view;
            if (LastStage is "rejected" or "withdrawn" or "psb-reconciliation")
                throw new InvalidOperationException($"{ApplicationId} ended at {LastStage}: {text}");
            // E-sign once the card can be generated; again only if the stage stays there (the first order was lost or
            // failed).
            if (LastStage == "awaiting-card" && DateTime.UtcNow - signedAt > TimeSpan.FromSeconds(15))
            {
                await SignAsync();
                signedAt = DateTime.UtcNow;
            }
            await Task.Delay(300);
        }
        throw new TimeoutException(
            $"{ApplicationId} did not reach psb-synced within {seconds} s; last stage {LastStage}");
    }

    private async Task SignAsync()
    {
        var (status, text) = await Resilient.SendAsync(
            applicant,
            () => new HttpRequestMessage(HttpMethod.Post, $"applications/{ApplicationId}/card/generate")
            {
                Content = JsonContent(new { consent = true, signedName = name }),
            });
        // 409: the stage moved on between reading it and signing (the order was taken already).
        if (status is not (HttpStatusCode.Accepted or HttpStatusCode.Conflict))
            throw new InvalidOperationException($"Generating the card of {ApplicationId} failed: {(int)status} {text}");
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
