using Microsoft.AspNetCore.Routing;
using TalentHukou.Api.Applications;
using TalentHukou.Api.Cards;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Registry;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Support;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Cases;

namespace TalentHukou.Api.Input;

/// <summary>
/// Every path parameter of the route table, by name, with its rule (<see cref="PathParameter"/>). The id shapes are
/// the ones the stores accept (a test holds each against the store's own check): a sortable id is its prefix, the UTC
/// time and a random part, ASCII letters and digits, at most 40 characters.
/// </summary>
public static class PathParameters
{
    private const string CaseId = "^[A-Za-z0-9]{2,40}$";

    /// <summary>The characters a storage key may hold: none of / \ # ? and no control character.</summary>
    private const string StorageKey = "^[^/\\\\#?\\u0000-\\u001F\\u007F-\\u009F]+$";

    private static readonly IReadOnlyDictionary<string, PathParameter> All = new PathParameter[]
    {
        PathParameter.Id("applicationId", CaseId, 40, ApplicationProblems.NotFound,
            "申请编号。A + UTC time + random part (GD… ids belong to the provincial system)."),
        PathParameter.Id("materialId", "^F[0-9a-f]{32}$", 33, ApplicationProblems.MaterialNotFound,
            "材料编号。A material's id, from the application's materials."),
        PathParameter.Id("objectionId", "^OB[A-Za-z0-9]{1,38}$", 40, ApplicationProblems.ObjectionNotFound,
            "异议编号。An objection's id, from the application's objections."),
        PathParameter.Id("rosterId", "^PR[A-Za-z0-9]{23}$", 25, ApplicationProblems.RosterEntryNotFound,
            "公示名单条目编号。A roster entry's id, from GET /publicity."),
        PathParameter.Id("requestId", "^RQ[A-Za-z0-9]{1,38}$", 40, RegistryProblems.RequestNotFound,
            "登记申请编号。A registry request's id."),
        PathParameter.Id("attachmentId", "^F[0-9a-f]{32}$", 33, RegistryProblems.AttachmentNotFound,
            "附件编号。An attachment's id, from the request's attachments."),
        PathParameter.Id("ticketId", "^TK[A-Za-z0-9]{1,38}$", 40, SupportProblems.TicketNotFound,
            "工单编号。A support ticket's id."),
        PathParameter.Id("cardNumber", "^R[0-9]{13}$", 14, CardProblems.NotFound,
            "入户卡编号。R, two digits of the year and eleven digits, as printed on the card."),
        PathParameter.Id("verificationId", FieldPatterns.VerificationId, 34, ProblemTypes.NotFound,
            "手机验证编号。As answered by POST /contact-verifications."),
        PathParameter.Id("dryRunId", "^DR[A-Za-z0-9]{1,38}$", 40, ProblemTypes.NotFound,
            "试运行编号。As answered by POST /ops/bulk/dry-runs."),
        PathParameter.Id("bulkId", "^ops-bulk-DR[A-Za-z0-9]{1,38}$", 49, ProblemTypes.NotFound,
            "批量操作编号。As answered by POST /ops/bulk."),
        PathParameter.Id("instanceId", StorageKey, 256, ProblemTypes.NotFound,
            "编排实例编号。A durable instance's id, from the ops lists."),
        PathParameter.Id("kind", $"^({string.Join('|', CaseKinds.All)})$", 16, ProblemTypes.NotFound,
            "业务类型。The kind of case: " + string.Join(", ", CaseKinds.All) + "."),
        PathParameter.Id("caseId", CaseId, 40, ProblemTypes.NotFound,
            "业务编号。The application, registry request or ticket id."),
        new("eventName")
        {
            Pattern = "^[A-Za-z][A-Za-z0-9_.-]*$", MaxLength = 100,
            Description = "事件名称。A technical event of the instance's orchestrator.",
        },
        new("subject")
        {
            Pattern = StorageKey,
            MaxLength = FieldRules.Declared<TextFieldAttribute>(typeof(Admin.StaffSubject), "subject").MaxLength,
            Description = "人员标识。The staff member's token subject (sub).",
        },
        new("year")
        {
            Minimum = StatutoryHolidays.FirstYear, Maximum = StatutoryHolidays.LastYear,
            Description = "年份。A year of the 2024 holiday law.",
        },
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The rule of path parameter <paramref name="name"/>; every route's parameter has one.</summary>
    public static PathParameter For(string name) =>
        All.GetValueOrDefault(name) ?? throw new InvalidOperationException($"Path parameter {name} declares no rule.");

    /// <summary>Throws the refusal of the first of the route's parameters whose value breaks its rule.</summary>
    public static void ThrowIfInvalid(ApiRoute route, RouteValueDictionary values)
    {
        foreach (var name in route.Parameters)
        {
            var rule = For(name);
            if (!rule.Accepts(values[name]?.ToString() ?? "")) throw rule.Refuse();
        }
    }
}
