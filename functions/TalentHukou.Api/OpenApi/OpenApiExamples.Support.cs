using TalentHukou.Adapters.Support;
using TalentHukou.Api.Support;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Api.OpenApi;

public static partial class OpenApiExamples
{
    private const string TicketId = "T20260306T091200S050F6A7";

    private static Dictionary<Type, object> Support() => new()
    {
        [typeof(TicketAccepted)] = new TicketAccepted(TicketId, "open", Submitted.AddDays(4)),
        [typeof(TicketReplyBody)] = new TicketReplyBody("已为您重新生成入户卡，请刷新后下载", true),
        [typeof(TicketFollowUpBody)] = new TicketFollowUpBody("刷新后仍提示下载失败，截图见附件"),
        [typeof(TicketView)] = Ticket,
        [typeof(TicketQueuePage)] = new TicketQueuePage([Ticket], null)
        {
            Counts = new Dictionary<string, int> { ["open"] = 6, ["answered"] = 11 },
        },
        [typeof(VerificationBody)] = new VerificationBody(Phone),
        [typeof(VerificationStarted)] = new VerificationStarted(VerificationId),
        [typeof(ConfirmationBody)] = new ConfirmationBody("402715"),
        [typeof(VerificationConfirmed)] = new VerificationConfirmed(true),
        [typeof(ContactsResponse)] = new ContactsResponse(
            [
                new HrssContact("city", "city", null, "广州市人力资源和社会保障局", "020-12333", "广州市越秀区越华路112号",
                    "工作日 9:00-12:00，13:00-17:00", true),
                new HrssContact("tianhe", "district", "tianhe", "广州市天河区人力资源和社会保障局", "020-38622333",
                    "广州市天河区天府路1号", "工作日 9:00-12:00，13:00-17:00", true),
            ],
            true, new TechnicalSupport("support@rsj.gz.gov.cn", "/api/support/tickets")),
    };

    private static TicketView Ticket => new(TicketId, "answered", "cannot-download-card", "入户卡下载时提示文件不存在",
        Masking.Name("王海峰"), Masking.IdNumber(TicketIdNumber), Masking.Phone("13700137000"), "wanghf@example.com",
        Submitted.AddDays(1), Submitted.AddDays(4), false, 1, null, null, Submitted.AddDays(2), null,
        $"/api/support/tickets/{TicketId}/screenshot",
        [new TicketMessageView("MSG01", TicketMessage.FromSupport, "已为您重新生成入户卡，请刷新后下载", Submitted.AddDays(2))]);
}
