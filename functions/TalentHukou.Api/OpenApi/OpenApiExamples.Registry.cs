using TalentHukou.Api.Registry;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Api.OpenApi;

public static partial class OpenApiExamples
{
    private const string RegistryRequestId = "R20260302T013000S100D4E5";

    private static Dictionary<Type, object> Registry() => new()
    {
        [typeof(EmployerRequestBody)] = new EmployerRequestBody("add", null, "广州市天河区云图信息科技有限公司", CreditCode,
            "enterprise", "tianhe", "广州市天河区天河路385号", "陈志明", "13922200123", "hr@yuntu.example.com"),
        [typeof(RegistryRequestAccepted)] =
            new RegistryRequestAccepted(RegistryRequestId, "pending", Submitted.AddDays(1)),
        [typeof(DecisionBody)] = new DecisionBody(false, "统一社会信用代码与营业执照不符"),
        [typeof(UnitAdminRequestBody)] = new UnitAdminRequestBody("E-DEMO-HOSP", "陈志明", UnitAdminIdNumber,
            "13600136000", "chenzm@hospital.example.com"),
        [typeof(EmployerView)] = new EmployerView(EmployerId, "广州天河示范科技有限公司", CreditCode, "enterprise",
            "tianhe", "天河区", "广州市天河区天河路385号", Masking.Name("陈志明"), Masking.Phone("13600136000")),
        [typeof(SchoolView)] = new SchoolView("S-SYSU", "中山大学", "haizhu", "海珠区"),
        [typeof(MajorView)] = new MajorView("M-SYSU-CS", "S-SYSU", "计算机科学与技术"),
        [typeof(RegistryRequestView)] = RegistryRequest,
        [typeof(RegistryQueuePage)] = new RegistryQueuePage([RegistryRequest], null)
        {
            Counts = new Dictionary<string, int> { ["pending"] = 4, ["approved"] = 37, ["rejected"] = 2 },
        },
    };

    private static RegistryRequestView RegistryRequest => new(
        RegistryRequestId, "school", "pending", "广州城市理工学院", Submitted, Submitted.AddDays(1), false,
        null, null, null, null, 1, ["AT01"], [$"/api/registry/requests/{RegistryRequestId}/attachments/AT01"], null);
}
