namespace TalentHukou.Workflows.Cards;

/// <summary>
/// The query values of a verification link, as the endpoint receives them:
/// <c>iat</c> (Unix seconds), <c>exp</c> (yyyy-MM-dd), <c>hd</c> (holder digest), <c>kid</c> and <c>sig</c> (base64url).
/// </summary>
public sealed record CardVerificationQuery(string? Iat, string? Exp, string? Hd, string? Kid, string? Sig);
