using System.Net;
using System.Text.Json;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Flows;

/// <summary>The text fields of a valid ticket (the ID number has a correct check digit).</summary>
public sealed record TicketFields(
    string Name = "王小明",
    string IdNumber = "11010519491231002X",
    string Phone = "13812345678",
    string Email = "wang@example.cn",
    string Category = "cannot-download-card",
    string Description = "人社部门已审批完成，但无法在系统下载入户卡。");

/// <summary>Ticket steps other tests build on.</summary>
public static class Tickets
{
    public static TicketFields ValidFields() => new();

    /// <summary>Valid fields under <paramref name="author"/>'s own verified ID number.</summary>
    public static TicketFields FieldsFor(HttpClient author) =>
        VerifiedIdentities.Of(author) is { } own ? new() { IdNumber = own } : new();

    /// <summary>Files a valid ticket with a PNG screenshot; returns the 202 answer.</summary>
    public static async Task<JsonElement> FileAsync(HttpClient author, byte[]? screenshot = null)
    {
        var response = await author.PostAsync(
            "support/tickets",
            Multipart.Form(
                FieldsFor(author),
                Multipart.File("screenshot", "全屏截图.png", "image/png", screenshot ?? Files.Png())));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == HttpStatusCode.Accepted,
            $"filing a ticket: {(int)response.StatusCode} {body}");
        Assert.Equal(
            $"/api/support/tickets/{JsonDocument.Parse(body).RootElement.Str("ticketId")}",
            response.Headers.Location!.ToString());
        return JsonDocument.Parse(body).RootElement;
    }
}
