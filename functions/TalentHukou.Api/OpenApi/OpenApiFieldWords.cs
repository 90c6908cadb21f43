namespace TalentHukou.Api.OpenApi;

/// <summary>
/// The words for fields that mean the same on every body that carries them (ids, paging, deadlines, masked personal
/// data), written once here instead of on each record. A field's own <c>[Description]</c> wins. Personal data has two
/// entries: as a request sends it (<see cref="Request"/>) and as an answer masks it (<see cref="Response"/>).
/// </summary>
internal static class OpenApiFieldWords
{
    private static readonly Dictionary<string, string> Common = new(StringComparer.Ordinal)
    {
        ["applicationId"] = "申请编号。The application's id, as answered on submission (A + UTC time + random part).",
        ["requestId"] = "登记申请编号。The registry request's id.",
        ["ticketId"] = "工单编号。The support ticket's id.",
        ["employerId"] = "单位编号。An employer's registry id (from GET /registry/employers).",
        ["schoolId"] = "院校编号。A school's registry id (from GET /registry/schools).",
        ["majorId"] = "专业编号。A major's registry id within its school (from GET /registry/majors).",
        ["instanceId"] = "编排实例编号。A durable orchestration instance's id (ops).",
        ["objectionId"] = "异议编号。The objection's id.",
        ["rosterId"] = "公示名单条目编号。A roster entry's id; it names no person.",
        ["verificationId"] = "手机验证编号。A phone verification's id; name it as phoneVerificationId once confirmed.",
        ["phoneVerificationId"] = "已确认的手机验证编号。A confirmed POST /contact-verifications id: SMS notices go only "
            + "to a verified number.",
        ["continuationToken"] = "翻页游标。Opaque: send it back as continuationToken for the next page; null on the last.",
        ["items"] = "本页条目。The entries of this page.",
        ["counts"] = "按状态计数（角标用）。Counts by stage or status over the whole queue, for badges.",
        ["dueBy"] = "办理期限。When the step waited for is due (working days, China Standard Time).",
        ["overdue"] = "是否已超期。True once the business time passed dueBy.",
        ["dueByProvisional"] = "期限是否暂定。True when dueBy counts days of a year without a published holiday notice; "
            + "it may move when the notice comes.",
        ["escalatedAt"] = "督办时间。When the wait passed its escalation deadline; null if it has not.",
        ["submittedAt"] = "提交时间。When the application was submitted.",
        ["filedAt"] = "提交时间。When it was filed.",
        ["stage"] = "办理阶段。Where the case stands; switch over it with a default branch (new stages may come).",
        ["creditCode"] = "统一社会信用代码。18 characters with a GB 32100 check character.",
        ["cardNumber"] = "入户卡编号。The card's number, printed on it and in its QR link.",
        ["reason"] = "原因。Free text a person wrote (Chinese).",
        ["note"] = "备注。Free text a reviewer wrote (Chinese).",
        ["email"] = "电子邮箱。An e-mail address.",
    };

    /// <summary>Personal data as a request sends it, in clear.</summary>
    private static readonly Dictionary<string, string> Request = new(StringComparer.Ordinal)
    {
        ["idNumber"] = "居民身份证号码。18 characters, the last a GB 11643 check character (0-9 or X).",
        ["phone"] = "手机号码。A mainland mobile number, 11 digits starting with 1.",
    };

    /// <summary>Personal data as an answer shows it, masked.</summary>
    private static readonly Dictionary<string, string> Response = new(StringComparer.Ordinal)
    {
        ["idNumber"] = "居民身份证号码（脱敏）。Masked: the first and last 4 characters only.",
        ["phone"] = "手机号码（脱敏）。Masked: the first 3 and last 4 digits only.",
    };

    /// <summary>The words for field <paramref name="name"/> of <paramref name="owner"/>, if written here.</summary>
    public static string? For(Type owner, string name)
    {
        var personal = owner.Name.EndsWith("Body", StringComparison.Ordinal) ? Request : Response;
        return personal.GetValueOrDefault(name) ?? Common.GetValueOrDefault(name);
    }
}
