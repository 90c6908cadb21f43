using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Testing.Cards;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Notifications.Outbox;
using UglyToad.PdfPig;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// The saga end to end on Azurite: a card issued, downloaded, its QR code read and verified through the route.
/// </summary>
[Collection(IssuedCardCollection.Name)]
public sealed class CardSagaTests(IssuedCardFixture card)
{
    [Fact]
    public async Task Saga_ApplicationAwaitingCard_IssuesCardAndReachesPsbSynced()
    {
        Assert.True(card.Result.Issued, card.Result.Reason);
        Assert.Equal(ApplicationStage.PsbSynced, card.Result.FinalStage);
        Assert.Matches("^R[0-9]{13}$", card.CardNumber);
        Assert.StartsWith($"R{DateTime.UtcNow.AddHours(8):yy}", card.CardNumber);

        var view = await (await card.OwnerAsync())
            .GetFromJsonAsync<JsonElement>($"applications/{card.Application.ApplicationId}");
        Assert.Equal("psb-synced", view.Str("stage"));
        Assert.Equal(card.CardNumber, view.GetProperty("card").Str("number"));
        Assert.True(view.GetProperty("card").GetProperty("downloadable").GetBoolean());
        Assert.Equal(PsbCheckStatus.Synced, view.GetProperty("psbCheck").Str("status"));
        var events = view.GetProperty("timeline").EnumerateArray()
            .Where(t => t.Str("event") != "notice")
            .Select(t => t.Str("event"))
            .ToList();
        Assert.Equal(["card-issuing-1", "card-issued-1", "psb-synced"], events);
    }

    [Fact]
    public async Task Saga_CardIssued_QueuesTheCardIssuedEmailOnce()
    {
        var key = $"application/{card.Application.ApplicationId}/card-{card.CardNumber}/issued";
        var row = await CardSagaDriver.Table(card.Host, StorageNames.EmailOutboxTable)
            .GetEntityAsync<TableEntity>(OutboxKeys.Partition, TableKeys.Hash(key));
        Assert.Equal("CardIssued", row.Value.GetString("Kind"));
        Assert.Equal($"{card.Application.Owner}@example.com", row.Value.GetString("ToAddress"));
    }

    [Fact]
    public async Task Download_Owner_SignedPdfShowsCardNumberNameAndMaskedIdOnly()
    {
        var response = await (await card.OwnerAsync()).GetAsync($"applications/{card.Application.ApplicationId}/card");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains(card.CardNumber, text);
        Assert.Contains(card.Application.Name, text);
        Assert.Contains(CardSagaDriver.EmployerName, text);
        Assert.Contains("广州市天河区人力资源和社会保障局", text);
        Assert.Contains(CardIssuers.GuangzhouDrc, text);
        Assert.Contains(card.Application.IdNumber[..4] + "**********" + card.Application.IdNumber[^4..], text);
        Assert.DoesNotContain(card.Application.IdNumber, text);
    }

    [Fact]
    public async Task Download_QrCode_DecodesToTheCardsVerificationLink()
    {
        var qr = new Uri(PdfQrReader.ReadSingleQrCode(await DownloadAsync()));

        Assert.Equal(
            $"{IssuedCardFixture.PublicBaseUrl}/api/cards/{card.CardNumber}/verification",
            qr.GetLeftPart(UriPartial.Path));
        Assert.True(CardVerificationLink.TryParse(qr, out var signature));
        Assert.Equal(card.CardNumber, signature.Payload.CardNumber);
    }

    [Fact]
    public async Task Verify_QrLinkThroughRoute_ValidWithIssuerAndHolderMatch_NeverEchoed()
    {
        var qr = new Uri(PdfQrReader.ReadSingleQrCode(await DownloadAsync()));
        var app = card.Application;
        var psb = await card.Host.ClientForAsync("psb-verifier", ["psb"]);

        var plain = await VerifyAsync(qr.PathAndQuery);
        var holder = await VerifyAsync(
            $"{qr.PathAndQuery}&name={Uri.EscapeDataString(app.Name)}&idNumber={app.IdNumber}", psb);
        var stranger = await VerifyAsync(
            $"{qr.PathAndQuery}&name={Uri.EscapeDataString(app.Name)}&idNumber={TestIdNumbers.Next()}", psb);

        Assert.True(plain.GetProperty("valid").GetBoolean());
        Assert.Equal("valid", plain.Str("status"));
        Assert.Equal(CardIssuers.GuangzhouDrc, plain.Str("issuer"));
        Assert.Equal(JsonValueKind.String, plain.GetProperty("issuedAt").ValueKind);
        Assert.True(plain.GetProperty("holderMatches").GetBoolean()); // the QR's own digest is the card's on record
        Assert.True(holder.GetProperty("holderMatches").GetBoolean());
        Assert.False(stranger.GetProperty("holderMatches").GetBoolean());
        Assert.DoesNotContain(app.Name, holder.ToString());
        Assert.DoesNotContain(app.IdNumber, holder.ToString());
    }

    [Fact]
    public async Task Verify_CardNumberOnly_ChecksTheSignatureKeptInTheCardRow()
    {
        var psb = await card.Host.ClientForAsync("psb-verifier", ["psb"]);
        var result = await VerifyAsync(
            $"/api/cards/{card.CardNumber}/verification?name={Uri.EscapeDataString(card.Application.Name)}"
            + $"&idNumber={card.Application.IdNumber}",
            psb);

        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.True(result.GetProperty("holderMatches").GetBoolean());
    }

    [Fact]
    public async Task Verify_FreeFormHolderFromAnonymousOrNonPsb_NoHolderAnswer()
    {
        var query = $"/api/cards/{card.CardNumber}/verification?name={Uri.EscapeDataString(card.Application.Name)}"
            + $"&idNumber={card.Application.IdNumber}";
        var applicant = await card.Host.ClientForAsync("curious-applicant", ["applicant", "drc"]);

        foreach (var result in new[] { await VerifyAsync(query), await VerifyAsync(query, applicant) })
        {
            Assert.True(result.GetProperty("valid").GetBoolean());
            Assert.True(
                !result.TryGetProperty("holderMatches", out var m) || m.ValueKind == JsonValueKind.Null,
                result.ToString());
        }
    }

    [Theory]
    [InlineData("exp")]
    [InlineData("iat")]
    [InlineData("hd")]
    [InlineData("sig")]
    public async Task Verify_TamperedQrLink_Invalid(string field)
    {
        var qr = new Uri(PdfQrReader.ReadSingleQrCode(await DownloadAsync()));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(qr.Query)
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query[field] = field switch
        {
            "exp" => DateOnly.Parse(query["exp"]!).AddYears(5).ToString("yyyy-MM-dd"),
            "iat" => (long.Parse(query["iat"]!) - 86_400).ToString(),
            _ => Flip(query[field]!),
        };
        var tampered = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(qr.AbsolutePath, query);

        var result = await VerifyAsync(tampered);

        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal(CardVerificationReasons.BadSignature, result.Str("reason"));
    }

    [Fact]
    public async Task Verify_TamperedCardRow_Invalid()
    {
        var app = await CardSagaDriver.SeedAsync(card.Host, "applicant-tampered-row");
        var issued = await CardSagaDriver.RunAsync(card.Host, app.ApplicationId);
        var table = CardSagaDriver.Table(card.Host, StorageNames.CardsTable);
        var row = (await table.GetEntityAsync<TableEntity>(issued.CardNumber!, "card")).Value;
        row["ValidUntil"] = "2099-12-31";
        await table.UpdateEntityAsync(row, row.ETag);

        var result = await VerifyAsync($"/api/cards/{issued.CardNumber}/verification");

        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal(CardVerificationReasons.BadSignature, result.Str("reason"));
    }

    [Fact]
    public async Task Verify_UnknownOrMalformedCardNumber_404()
    {
        await ProblemAssert.IsProblemAsync(
            await card.Host.Anonymous.GetAsync("cards/R2600000000001/verification"),
            HttpStatusCode.NotFound,
            "card-not-found");
        await ProblemAssert.IsProblemAsync(
            await card.Host.Anonymous.GetAsync("cards/X123/verification"), HttpStatusCode.NotFound, "card-not-found");
    }

    [Fact]
    public async Task Verify_MalformedLink_InvalidNotAnError()
    {
        var result = await VerifyAsync(
            $"/api/cards/{card.CardNumber}/verification?iat=yesterday&exp=2026-13-01&hd=x&kid=k&sig=s");

        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal(CardVerificationReasons.Malformed, result.Str("reason"));
    }

    [Fact]
    public async Task Saga_LogsAndOpsView_NeverShowTheFullIdNumber()
    {
        var ops = await card.Host.ClientForAsync("ops-1", ["ops"]);
        var instance = await ops.GetStringAsync(
            $"ops/instances/{CardSaga.InstanceIdFor(card.Application.ApplicationId, 1)}");
        var seen = card.Host.Logs.Lines.Append(instance).Append(await ops.GetStringAsync("ops/metrics")).ToList();

        Assert.Contains(seen, line => line.Contains(card.Application.ApplicationId, StringComparison.Ordinal));
        Assert.DoesNotContain(
            seen, line => line.Contains(card.Application.IdNumber, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<byte[]> DownloadAsync() =>
        await (await card.OwnerAsync()).GetByteArrayAsync($"applications/{card.Application.ApplicationId}/card");

    private async Task<JsonElement> VerifyAsync(string pathAndQuery, HttpClient? client = null)
    {
        var response = await (client ?? card.Host.Anonymous).GetAsync(
            pathAndQuery.StartsWith("/api/", StringComparison.Ordinal) ? pathAndQuery["/api/".Length..] : pathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    private static string Flip(string base64Url) => (base64Url[0] == 'A' ? 'B' : 'A') + base64Url[1..];
}
