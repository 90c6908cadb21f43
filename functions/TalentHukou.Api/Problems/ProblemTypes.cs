namespace TalentHukou.Api.Problems;

/// <summary>The general problem types every route may answer; areas add their own next to their endpoints.</summary>
public static class ProblemTypes
{
    public static readonly ProblemType Unauthorized = new("unauthorized", 401, "请先登录");
    public static readonly ProblemType Forbidden = new("forbidden", 403, "无权访问该功能");
    public static readonly ProblemType NotFound = new("not-found", 404, "未找到相关记录");
    public static readonly ProblemType RouteNotFound = new("route-not-found", 404, "请求的地址不存在");
    public static readonly ProblemType InvalidPath = new("invalid-path", 400, "请求地址包含无效字符");
    public static readonly ProblemType InvalidJson = new("invalid-json", 400, "请求内容格式错误");
    public static readonly ProblemType ValidationFailed = new("validation-failed", 400, "填写的信息有误，请核对");
    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", 415, "不支持的请求内容类型");
    public static readonly ProblemType PayloadTooLarge = new("payload-too-large", 413, "提交的内容过大");
    public static readonly ProblemType Conflict = new("conflict", 409, "当前状态不允许该操作");
    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", 422, "重复提交的请求内容不一致");
    public static readonly ProblemType TooManyInstances = new("too-many-instances", 422, "符合条件的实例过多，请缩小筛选范围");
    public static readonly ProblemType TooManyRequests = new("too-many-requests", 429, "操作过于频繁，请稍后再试");
    public static readonly ProblemType StorageUnavailable = new("service-unavailable", 503, "系统繁忙，请稍后再试");
    public static readonly ProblemType Internal = new("internal-error", 500, "系统异常，请稍后再试或联系技术支持邮箱hrssgz@gz.gov.cn");
}
