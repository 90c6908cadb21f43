namespace TalentHukou.Api.Problems;

/// <summary>
/// One kind of error: a stable URI (<c>urn:talenthukou:{slug}</c>), its HTTP status and its Chinese title.
/// </summary>
public sealed record ProblemType(string Slug, int Status, string Title)
{
    public string Type => $"urn:talenthukou:{Slug}";
}
