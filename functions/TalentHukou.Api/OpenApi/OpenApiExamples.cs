using TalentHukou.Api.Admin;
using TalentHukou.Api.Applications;
using TalentHukou.Api.Cards;
using TalentHukou.Api.Registry;
using TalentHukou.Api.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Api.OpenApi;

/// <summary>
/// One example per body type, built as the C# value the API reads or writes (so it has the type's shape) and shown as
/// the component schema's <c>examples</c>. Realistic data: the ID number and credit code carry valid check characters,
/// and what an answer masks is masked with the same <see cref="Masking"/> the answer uses. A test validates each
/// example against its own schema.
/// </summary>
public static class OpenApiExamples
{
    /// <summary>A valid resident ID number (Guangzhou Yuexiu, born 1990-03-07, female; check digit 8).</summary>
    public const string IdNumber = "440106199003075128";

    /// <summary>A valid unified social credit code (check character G).</summary>
    public const string CreditCode = "91440101MA5CXL6R0G";

    public const string Phone = "13800138000";
    public const string Name = "李晓雯";
    private const string ApplicationId = "A20260305T021533S412C3F1";
    private const string CardNumber = "GZRH2026000123";

    private static readonly DateTimeOffset Submitted = new(2026, 3, 5, 10, 15, 33, TimeSpan.FromHours(8));

    public static IReadOnlyDictionary<Type, object> ByType { get; } = new Dictionary<Type, object>
    {
        [typeof(ApplicationBody)] = new ApplicationBody(new ApplicantBody(Name, IdNumber, Phone, "lixiaowen@example.com"),
            "E20250110T080000S000A1B2", new EducationBody("S10558", "M10558-080901", "master", "2024-06-30", "1055842024000123"), "smart"),
        [typeof(ApplicationAccepted)] = new ApplicationAccepted(ApplicationId, "hrss-review", Route),
        [typeof(ApplicationView)] = Application,
        [typeof(ApplicationPage)] = new ApplicationPage([Application], null),
        [typeof(ReviewBody)] = new ReviewBody(true, null),
        [typeof(ObjectionBody)] = new ObjectionBody("该申请人实际未在申报单位工作", "13900139000"),
        [typeof(ResolutionBody)] = new ResolutionBody(false, "经核实劳动合同与社保缴费记录一致，异议不成立"),
        [typeof(WithdrawBody)] = new WithdrawBody("个人原因，暂不办理"),
        [typeof(GenerateCardBody)] = new GenerateCardBody(true, Name),
        [typeof(ReturnBody)] = new ReturnBody([new ReturnItemBody("education.certificateNo", "degreeCertificate", "学位证书编号与上传的证书不一致，请核对")]),
        [typeof(EmployerRequestBody)] = new EmployerRequestBody("add", null, "广州市天河区云图信息科技有限公司", CreditCode, "enterprise",
            "tianhe", "广州市天河区天河路385号", "陈志明", "13922200123", "hr@yuntu.example.com"),
        [typeof(RegistryRequestAccepted)] = new RegistryRequestAccepted("R20260302T013000S100D4E5", "pending", Submitted.AddDays(1)),
        [typeof(DecisionBody)] = new DecisionBody(false, "统一社会信用代码与营业执照不符"),
        [typeof(UnitAdminRequestBody)] = new UnitAdminRequestBody("E20250110T080000S000A1B2", "陈志明", "440304199211186429", "13600136000", "chenzm@yuntu.example.com"),
        [typeof(TicketAccepted)] = new TicketAccepted("T20260306T091200S050F6A7", "open", Submitted.AddDays(4)),
        [typeof(TicketReplyBody)] = new TicketReplyBody("已为您重新生成入户卡，请刷新后下载", true),
        [typeof(TicketFollowUpBody)] = new TicketFollowUpBody("刷新后仍提示下载失败，截图见附件"),
        [typeof(CrossCheckBody)] = new CrossCheckBody(Name, IdNumber, CardNumber),
        [typeof(CrossCheckFound)] = new CrossCheckFound(true),
        [typeof(CardVerificationView)] = new CardVerificationView(true, Submitted.AddDays(20), "广州市人力资源和社会保障局", "valid", true, null),
        [typeof(StaffAssignmentBody)] = new StaffAssignmentBody(["reviewer"], "tianhe"),
        [typeof(StaffAssignmentView)] = new StaffAssignmentView("c1f0e2a4-5b6d-4e7f-8a9b-0c1d2e3f4a5b", ["reviewer"], "tianhe", "admin-01", Submitted),
        [typeof(RosterPage)] = new RosterPage([new RosterItemView("PR20260309XKQMTWRZBNPDHJLC", Masking.PublicName(Name), "female",
            "广州市天河区云图信息科技有限公司", "中山大学", "计算机科学与技术", "master", new RosterOfficeView("district", "tianhe"),
            new RosterPeriodView(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13)))], null),
    };

    private static RouteView Route => new("district", "tianhe", "广州市天河区人力资源和社会保障局");

    private static ApplicationView Application => new(
        ApplicationId, "publicity", "manual", Route,
        new ApplicantView(Name, Masking.IdNumber(IdNumber), Masking.Phone(Phone), "lixiaowen@example.com"),
        new EmployerRefView("E20250110T080000S000A1B2", "广州市天河区云图信息科技有限公司"),
        new EducationView("S10558", "中山大学", "M10558-080901", "计算机科学与技术", "master", new DateOnly(2024, 6, 30), "1055842024000123"),
        Submitted,
        [
            new TimelineView(Submitted, "submitted", "hrss-review", null),
            new TimelineView(Submitted.AddDays(3), "hrss-approved", "publicity", "材料齐全，审核通过"),
        ],
        new PublicityView(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13), new DateTimeOffset(2026, 3, 13, 23, 59, 59, TimeSpan.FromHours(8))),
        [], null, new PsbCheckView("not-started"), [], null, null)
    {
        DueBy = new DateTimeOffset(2026, 3, 13, 23, 59, 59, TimeSpan.FromHours(8)),
        Materials = [new MaterialView("M01", MaterialKinds.DegreeCertificate, "application/pdf", 482113, Submitted,
            $"/api/applications/{ApplicationId}/materials/M01")],
    };
}
