namespace TalentHukou.Api.Uploads;

/// <summary>A file stored from an upload: its id (also its blob name; never the client's file name), kind and size.</summary>
public sealed record UploadedFile(string Id, FileKind Kind, long Length);
