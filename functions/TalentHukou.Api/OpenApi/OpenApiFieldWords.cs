namespace TalentHukou.Api.OpenApi;

/// <summary>
/// The words for fields that mean the same on every body that carries them (ids, paging, deadlines, masked personal
/// data), written once here instead of on each record. A field's own <c>[Description]</c> wins. Personal data has two
/// entries: as a request sends it (<see cref="Request"/>) and as an answer masks it (<see cref="Response"/>).
/// </summary>
internal static class OpenApiFieldWords
{
    private const string CaseId = "业务编号。The application, registry request or ticket id.";
    private const string CardNumber = "入户卡编号。The card's number, printed on it and in its QR link.";
    private const string EmployerName = "单位名称。The employer's full registered name.";
    private const string SchoolName = "院校名称。The school's name as the registry holds it.";
    private const string MajorName = "专业名称。The major's name as the registry holds it.";
    private const string MaskedName = "姓名（脱敏）。Masked: the surname and * for each other character.";
    private const string OrchestrationName = "编排名称。The orchestrator's name (ApplicationOrchestrator …).";

    private const string CaseStage = "阶段或状态。By kind: the application's stage, the registry request's status or "
        + "the ticket's status; switch with a default branch.";

    /// <summary>A field whose name means something else on this one type (<c>Type.field</c>).</summary>
    private static readonly Dictionary<string, string> ByOwner = new(StringComparer.Ordinal)
    {
        ["CardView.number"] = CardNumber,
        ["EmployerRefView.name"] = EmployerName,
        ["EmployerView.name"] = EmployerName,
        ["EmployerRequestBody.name"] = EmployerName,
        ["SchoolView.name"] = SchoolName,
        ["SchoolRequestForm.name"] = SchoolName,
        ["MajorRequestForm.name"] = MajorName,
        ["SchoolRequestForm.reason"] = "申请理由。Why the school should be added (Chinese).",
        ["MajorRequestForm.reason"] = "申请理由。Why the major should be added (Chinese).",
        ["SchoolRequestForm.district"] = "区。The district the school is in (tianhe, yuexiu …); left out if outside "
            + "Guangzhou or unknown.",
        ["MajorView.name"] = MajorName,
        ["RosterItemView.school"] = SchoolName,
        ["RosterItemView.major"] = MajorName,
        ["TicketView.name"] = MaskedName,
        ["CaseHeader.id"] = CaseId,
        ["CaseHit.id"] = CaseId,
        ["StrandedCase.id"] = CaseId,
        ["CaseHeader.stage"] = CaseStage,
        ["CaseHit.stage"] = CaseStage,
        ["StrandedCase.stage"] = CaseStage,
        ["RegistryRequestView.subject"] = "申请对象。The name of the unit, school or major the request is about.",
        ["RegistryRequestView.attachments"] = "附件数。How many files are attached.",
        ["RegistryRequestView.proposal"] = "申请内容。What the request proposes, in full (an employer with its changes, "
            + "a school, a major, or the person a unit-admin grant names, masked); null for a type without one.",
        ["EmployerRequestBody.action"] = "申请类型。add a new unit, or modify a registered one (its own unit admin "
            + "only, with employerId).",
        ["CardVerificationView.reason"] = "无效原因。Why the card is not valid; null when it is.",
        ["InstanceRow.name"] = OrchestrationName,
        ["InstanceSummary.name"] = OrchestrationName,
        ["HrssContact.confirmed"] = "已核实。Whether the operators confirmed this office's details.",
        ["HrssContact.phone"] = "咨询电话。The office's public phone number, in clear (a landline, not masked).",
        ["ApplicantView.name"] = "姓名。In clear: only the applicant and the staff handling the case read it.",
        ["CalendarYearResponse.notice"] = "放假通知。The published notice the year follows; absent or null for a year "
            + "without one (statutory holidays only).",
    };

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
        ["cardNumber"] = CardNumber,
        ["employerName"] = EmployerName,
        ["schoolName"] = SchoolName,
        ["majorName"] = MajorName,
        ["scan"] = "扫描范围。The created-time range a filtered scan read; null when the answer needed no scan.",
        ["field"] = "补正字段。The application field to correct (a dotted JSON path); null when the item names a "
            + "material.",
        ["material"] = "补正材料。The material to upload again; null when the item names a field.",
        ["message"] = "消息内容。Free text a person wrote.",
        ["address"] = "单位地址。The unit's address.",
        ["start"] = "公示开始日期。The publicity's first working day, yyyy-MM-dd.",
        ["end"] = "公示结束日期。The publicity's last working day, yyyy-MM-dd.",
        ["route"] = "受理机构。Which HRSS office reviews the application, and at what level.",
        ["reference"] = "文号。The State Council notice's reference as printed (国办发明电〔2025〕7号 …).",
        ["notice"] = "放假通知。The State Council holiday notice: its reference and publication date.",
        ["reason"] = "原因。Free text a person wrote (Chinese).",
        ["note"] = "备注。Free text a reviewer wrote (Chinese).",
        ["email"] = "电子邮箱。An e-mail address.",
        ["at"] = "发生时间。An instant, ISO 8601 with its UTC offset.",
        ["createdAt"] = "创建时间。An instant, ISO 8601 with its UTC offset.",
        ["lastUpdatedAt"] = "最后更新时间。An instant, ISO 8601 with its UTC offset.",
        ["issuedAt"] = "出卡时间。When the card was issued (an instant).",
        ["decidedAt"] = "审核时间。When the decision was taken (an instant); null while pending.",
        ["resolvedAt"] = "处理时间。When the objection was resolved (an instant); null while open.",
        ["returnedAt"] = "退回时间。When the application was returned for correction (an instant).",
        ["uploadedAt"] = "上传时间。When the file was uploaded (an instant).",
        ["assignedAt"] = "分配时间。When the roles were assigned (an instant).",
        ["remindedAt"] = "催办时间。When the follow-up reminded the desk (an instant).",
        ["answeredAt"] = "答复时间。When the desk answered (an instant); null while unanswered.",
        ["closedAt"] = "关闭时间。When the ticket was closed (an instant); null while open.",
        ["since"] = "起始时间。Since when the case has been in this state (an instant).",
        ["timestamp"] = "时间戳。An instant, ISO 8601 with its UTC offset.",
        ["endsAt"] = "公示结束时间。When the publicity ends (an instant, China Standard Time midnight).",
        ["publishedOn"] = "发布日期。The notice's publication date, yyyy-MM-dd (a business date).",
        ["graduationDate"] = "毕业日期。yyyy-MM-dd as printed on the certificate (a calendar date, no time zone).",
        ["date"] = "日期。yyyy-MM-dd, a business date in China Standard Time.",
        ["correctionDueBy"] = "补正期限。The business date by which the applicant must correct (China Standard Time).",
        ["correctionDueByProvisional"] = "补正期限是否暂定。True when correctionDueBy counts days of a year without a "
            + "published holiday notice.",
        ["endProvisional"] = "公示结束日期是否暂定。True when end counts days of a year without a published holiday notice.",
        ["provisional"] = "是否暂定。True when the count touches a year without a published holiday notice.",
        ["approvalMode"] = "审批方式。smart (智能审批, no reviewer) or manual (人工审批); switch with a default branch.",
        ["contactPreference"] = "通知方式。sms, email or both (default both); email may be left out only with sms.",
        ["degree"] = "学历学位。The degree on the certificate; switch with a default branch.",
        ["certificateNo"] = "学位证书编号。Letters and digits as printed on the certificate.",
        ["office"] = "经办机构。city (the city HRSS) or a district's code (see district).",
        ["district"] = "区。The district's code (tianhe, yuexiu …), or null for the city office.",
        ["districtName"] = "区名称。The district's Chinese name.",
        ["runtimeStatus"] = "运行状态。The durable instance's runtime status (Running, Completed, Failed, …).",
        ["escalated"] = "是否已督办。True once the wait passed its escalation deadline.",
        ["dryRun"] = "试运行。true: nothing is changed; the answer says what would change.",
        ["dryRunId"] = "试运行编号。As answered by POST /ops/bulk/dry-runs; send it to POST /ops/bulk.",
        ["bulkId"] = "批量操作编号。Poll GET /ops/bulk/{bulkId} with it.",
        ["instanceIds"] = "编排实例编号列表。The durable instances of the case (ops).",
        ["applicant"] = "申请人。The applicant's details.",
        ["education"] = "学历学位信息。The degree the application rests on.",
        ["employer"] = "单位。The employer as the registry holds it.",
        ["timeline"] = "办理进度。The application's steps, oldest first.",
        ["publicity"] = "公示。The publicity period, once the application reaches it; null before.",
        ["card"] = "入户卡。The card, once generated; null before.",
        ["objections"] = "异议。Objections filed against the application during publicity.",
        ["total"] = "总数。How many there are in all.",
        ["count"] = "数量。How many instances the dry run matched.",
        ["failed"] = "失败数。How many failed.",
        ["succeeded"] = "成功数。How many succeeded.",
        ["refused"] = "拒绝数。How many the single-instance rules refused.",
        ["done"] = "已处理数。How many are done so far.",
        ["finished"] = "是否完成。True once the bulk action finished.",
        ["contactName"] = "联系人。A person's name, in clear only for the desk that needs it.",
        ["contactPhone"] = "联系电话。A phone number, masked where the answer masks.",
        ["contactEmail"] = "联系邮箱。An e-mail address, masked where the answer masks.",
        ["subject"] = "人员标识。A token subject (sub), the staff member's stable id.",
        ["roles"] = "角色。The roles held; new roles may come.",
        ["keyId"] = "密钥编号。The personal-data key's id.",
        ["holidays"] = "放假日期。Inclusive [from, to] ranges of days off, yyyy-MM-dd.",
        ["workingWeekendDays"] = "调休上班日。Saturdays and Sundays worked, yyyy-MM-dd.",
        ["approve"] = "是否通过。true approves; false rejects (a reason is then required).",
        ["maskedName"] = MaskedName,
        ["holderMatches"] = "持卡人是否一致。Whether the values given are the holder's on record; null when none were given.",
        ["valid"] = "是否有效。Whether the card is authentic and in date.",
        ["downloadable"] = "可否下载。Whether the card PDF can be downloaded now.",
        ["url"] = "下载地址。A relative /api link; send the same bearer token.",
        ["screenshotUrl"] = "截图地址。A relative /api link to the screenshot; send the same bearer token.",
        ["attachmentUrls"] = "附件地址。Relative /api links, one per attachment; send the same bearer token.",
        ["attachmentIds"] = "附件编号。The ids of the request's attachments.",
        ["resultId"] = "登记结果编号。The registry id the approval created or changed; null before.",
        ["returnCount"] = "退回次数。How many times the application was returned for correction.",
        ["durationMs"] = "耗时（毫秒）。How long the step took, in milliseconds; null when unknown.",
        ["messageId"] = "消息编号。The message's id.",
        ["round"] = "轮次。The follow-up's number, from 1.",
        ["upheld"] = "异议是否成立。true: the objection was upheld.",
        ["fromStage"] = "退回前阶段。The stage the application was returned from.",
        ["caseId"] = CaseId,
        ["caseKind"] = "业务类型。application, registry or ticket.",
        ["input"] = "输入（脱敏）。The instance's input, decoded and masked.",
        ["output"] = "输出（脱敏）。The instance's output, decoded and masked.",
        ["customStatus"] = "自定义状态（脱敏）。The instance's custom status, decoded and masked.",
        ["scanned"] = "已扫描数。How many instances the scan read.",
        ["truncated"] = "是否截断。True when the scan stopped at its bound; narrow the filter.",
        ["createdFrom"] = "扫描起（含）。The created-time range scanned starts here (an instant).",
        ["createdTo"] = "扫描止（含）。The created-time range scanned ends here (an instant).",
        ["maxDays"] = "最长天数。The longest range one scan covers, in days.",
        ["verified"] = "已验证。true once the code matched.",
        ["confirmed"] = "已确认。Whether the phone verification was confirmed.",
        ["sms"] = "短信可达性。Whether SMS notices reach the applicant (a verified number) or not.",
        ["channels"] = "通知渠道。The channels notices go by.",
        ["consent"] = "同意签名。Must be true.",
        ["signedName"] = "签名姓名。The applicant's own name, as verified.",
        ["calendarVersion"] = "日历版本。Changes whenever a year's notice is published.",
        ["lastPublishedYear"] = "最近发布年份。The latest year with a published notice; null if none.",
        ["assignedBy"] = "分配人。The admin's subject (sub) who assigned the roles.",
        ["devToken"] = "开发令牌。Development only: where to mint a token; null elsewhere.",
        ["category"] = "工单类别。The ticket's category; switch with a default branch.",
        ["description"] = "问题描述。Free text the person wrote.",
        ["replies"] = "答复。The desk's replies and the person's follow-ups, oldest first.",
        ["close"] = "是否关闭。true closes the ticket with this reply.",
    };

    /// <summary>Personal data as a request sends it, in clear.</summary>
    private static readonly Dictionary<string, string> Request = new(StringComparer.Ordinal)
    {
        ["idNumber"] = "居民身份证号码。18 characters, the last a GB 11643 check character (0-9 or X).",
        ["phone"] = "手机号码。A mainland mobile number, 11 digits starting with 1.",
        ["name"] = "姓名。The person's name as on their resident ID card.",
        ["district"] = "区。The unit's district (tianhe, yuexiu …).",
        ["applicantName"] = "申请人姓名。The person's own name as on their resident ID card.",
        ["contact"] = "联系方式。How a reviewer can reach the objector (a phone number or an e-mail address); answers "
            + "mask it.",
    };

    /// <summary>Personal data as an answer shows it, masked.</summary>
    private static readonly Dictionary<string, string> Response = new(StringComparer.Ordinal)
    {
        ["idNumber"] = "居民身份证号码（脱敏）。Masked: the first and last 4 characters only.",
        ["phone"] = "手机号码（脱敏）。Masked: the first 3 and last 4 digits only.",
        ["contact"] = "联系方式（脱敏）。The objector's contact, masked; only reviewers, DRC and ops see it, others get "
            + "null.",
    };

    /// <summary>The words for field <paramref name="name"/> of <paramref name="owner"/>, if written here.</summary>
    public static string? For(Type owner, string name)
    {
        var request = owner.Name.EndsWith("Body", StringComparison.Ordinal)
            || owner.Name.EndsWith("Form", StringComparison.Ordinal);
        var personal = request ? Request : Response;
        return ByOwner.GetValueOrDefault($"{owner.Name}.{name}")
            ?? personal.GetValueOrDefault(name) ?? Common.GetValueOrDefault(name);
    }
}
