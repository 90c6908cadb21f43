namespace TalentHukou.Adapters.Cards;

/// <summary>
/// The query values of a verification link, as the endpoint receives them: <c>v</c> (payload version; absent on
/// version 1 links), <c>iat</c> (Unix seconds), <c>exp</c> (yyyy-MM-dd), <c>hd</c> (holder digest), <c>kid</c> and
/// <c>sig</c> (base64url).
/// </summary>
public sealed record CardVerificationQuery(string? V, string? Iat, string? Exp, string? Hd, string? Kid, string? Sig)
{
    /// <summary>The names of the link's values; a request carrying any of them is verified from its link.</summary>
    public static IReadOnlyList<string> Names { get; } = ["v", "iat", "exp", "hd", "kid", "sig"];

    /// <summary>Reads the values from a query, given how to read one that occurs exactly once (else null).</summary>
    public static CardVerificationQuery Read(Func<string, string?> single) =>
        new(single("v"), single("iat"), single("exp"), single("hd"), single("kid"), single("sig"));
}
