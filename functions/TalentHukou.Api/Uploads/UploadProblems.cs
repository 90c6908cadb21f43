using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Uploads;

/// <summary>Problems of multipart uploads; each names the offending part in <c>errors</c>.</summary>
public static class UploadProblems
{
    public static readonly ProblemType InvalidMultipart = new("invalid-multipart", 400, "上传内容格式错误");
    public static readonly ProblemType FileTooLarge = new("file-too-large", 413, "上传的文件过大");
    public static readonly ProblemType UnsupportedFileType = new("unsupported-file-type", 415, "上传的文件类型不符合要求");
}
