namespace TalentHukou.Domain.Applications;

/// <summary>
/// One supporting document of an application: its id (also its blob name, never the client's file name), kind
/// (<see cref="MaterialKinds"/>), content type, size, SHA-256 and when it was uploaded.
/// </summary>
public sealed record MaterialInfo(
    string MaterialId,
    string Kind,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset UploadedAt);

/// <summary>The kinds of supporting documents, by their multipart part names.</summary>
public static class MaterialKinds
{
    public const string DegreeCertificate = "degreeCertificate";
    public const string GraduationCertificate = "graduationCertificate";
    public const string LaborContract = "laborContract";
    public const string Other = "other";

    /// <summary>Every kind; the first is required in a multipart submission.</summary>
    public static IReadOnlyList<string> All { get; } = [DegreeCertificate, GraduationCertificate, LaborContract, Other];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);
}
