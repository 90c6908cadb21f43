using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Api.Applications;
using TalentHukou.Api.Cards;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Api.OpenApi;

public static partial class OpenApiExamples
{
    private static RouteView Route => new("district", "tianhe", "广州市天河区人力资源和社会保障局");

    private static Dictionary<Type, object> Applications() => new()
    {
        [typeof(ApplicationBody)] = new ApplicationBody(
            new ApplicantBody(Name, IdNumber, Phone, "lixiaowen@example.com"), EmployerId,
            new EducationBody("S-SYSU", "M-SYSU-CS", "master", "2024-06-30", "1055842024000123"), "smart")
        {
            ContactPreference = ContactPreference.Both,
            PhoneVerificationId = VerificationId,
        },
        [typeof(ApplicationAccepted)] = new ApplicationAccepted(ApplicationId, "hrss-review", Route),
        [typeof(ApplicationView)] = Application,
        [typeof(ApplicationPage)] = new ApplicationPage([Application], "eyJwayI6IjIwMjYwMyIsInJrIjoiQTIwMjYwMzA1In0")
        {
            Counts = new Dictionary<string, int> { ["hrss-review"] = 12, ["publicity"] = 3 },
        },
        [typeof(ReviewBody)] = new ReviewBody(true, null),
        [typeof(ObjectionBody)] = new ObjectionBody("该申请人实际未在申报单位工作", "13900139000"),
        [typeof(ResolutionBody)] = new ResolutionBody(false, "经核实劳动合同与社保缴费记录一致，异议不成立"),
        [typeof(WithdrawBody)] = new WithdrawBody("个人原因，暂不办理"),
        [typeof(GenerateCardBody)] = new GenerateCardBody(true, Name),
        [typeof(ReturnBody)] = new ReturnBody([new ReturnItemBody("education.certificateNo", "degreeCertificate",
            "学位证书编号与上传的证书不一致，请核对")]),
        [typeof(ReturnView)] = new ReturnView(
            [new ReturnItem("education.certificateNo", MaterialKinds.DegreeCertificate, "学位证书编号与上传的证书不一致，请核对")],
            "hrss-review", Submitted.AddDays(2), Submitted.AddDays(9)),
        [typeof(CorrectionBody)] = new CorrectionBody(null,
            new EducationCorrectionBody(null, null, null, null, "1055842024000321")),
        [typeof(ApplicantCorrectionBody)] = new ApplicantCorrectionBody(null, "13800138001"),
        [typeof(DeadlineMove)] = new DeadlineMove(DeadlineKinds.Publicity, PublicityEnds, PublicityEnds.AddDays(2),
            "国办发明电〔2025〕7号"),
        [typeof(CardView)] = new CardView(CardNumber, Submitted.AddDays(12), true),
        [typeof(Escalation)] = new Escalation("hrss-review", Submitted.AddDays(4)),
        [typeof(CrossCheckBody)] = new CrossCheckBody(Name, IdNumber, CardNumber),
        [typeof(CrossCheckFound)] = new CrossCheckFound(true),
        [typeof(CardVerificationView)] = new CardVerificationView(true, Submitted.AddDays(20), CardIssuers.GuangzhouDrc,
            CardVerificationStatus.Valid, true, null),
        [typeof(RosterPage)] = new RosterPage(
            [
                new RosterItemView("PR20260309XKQMTWRZBNPDHJL", Masking.PublicName(Name), "female",
                    "广州天河示范科技有限公司", "中山大学", "计算机科学与技术", "master",
                    new RosterOfficeView("district", "tianhe"),
                    new RosterPeriodView(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13))),
            ],
            null),
    };

    private static ApplicationView Application => new(
        ApplicationId, "publicity", "manual", Route,
        new ApplicantView(Name, Masking.IdNumber(IdNumber), Masking.Phone(Phone), "lixiaowen@example.com"),
        new EmployerRefView(EmployerId, "广州天河示范科技有限公司"),
        new EducationView("S-SYSU", "中山大学", "M-SYSU-CS", "计算机科学与技术", "master", new DateOnly(2024, 6, 30),
            "1055842024000123"),
        Submitted,
        [
            new TimelineView(Submitted, "submitted", "hrss-review", null),
            new TimelineView(Submitted.AddMinutes(1), ApplicationNoticesView.NoticeEvent, null, "Submitted")
            {
                Channel = OutboxChannel.Sms, Status = OutboxStatus.Delivered, To = Masking.Phone(Phone),
            },
            new TimelineView(Submitted.AddDays(3), "hrss-approved", "publicity", "材料齐全，审核通过"),
        ],
        new PublicityView(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13), PublicityEnds),
        [
            new ObjectionView("O20260310T031500S001E2F3", ObjectionStatus.Dismissed, Submitted.AddDays(5),
                Submitted.AddDays(6), null, null, "经核实异议不成立"),
        ],
        null, new PsbCheckView(PsbCheckStatus.NotStarted), [], null, null)
    {
        DueBy = PublicityEnds,
        Materials = [new MaterialView("M01", MaterialKinds.DegreeCertificate, "application/pdf", 482113, Submitted,
            $"/api/applications/{ApplicationId}/materials/M01")],
        Notices = new NoticeChannelsView(ContactPreference.Both, [OutboxChannel.Email, OutboxChannel.Sms],
            SmsReach.VerifiedNumber),
    };

    private static DateTimeOffset PublicityEnds => new(2026, 3, 13, 23, 59, 59, TimeSpan.FromHours(8));
}
