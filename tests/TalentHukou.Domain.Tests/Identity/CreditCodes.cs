namespace TalentHukou.Domain.Tests.Identity;

/// <summary>An implementation of the GB 32100 check character independent of the production one.</summary>
internal static class CreditCodes
{
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static string WithCheckCharacter(string body)
    {
        Assert.Equal(17, body.Length);
        var sum = 0;
        var weight = 1;
        foreach (var c in body)
        {
            sum += Charset.IndexOf(c) * weight;
            weight = weight * 3 % 31; // the standard's weights are 3^i mod 31
        }

        return body + Charset[(31 - sum % 31) % 31];
    }
}
