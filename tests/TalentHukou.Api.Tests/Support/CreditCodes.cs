using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Support;

/// <summary>Makes valid 统一社会信用代码 for tests (GB 32100-2015 check character computed here, independently).</summary>
public static class CreditCodes
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string WithCheck(string first17)
    {
        var sum = first17.Select((c, i) => Charset.IndexOf(c) * Weights[i]).Sum();
        return first17 + Charset[(31 - sum % 31) % 31];
    }

    /// <summary>A fresh valid code of an enterprise registered in Guangzhou.</summary>
    public static string NewEnterprise() =>
        WithCheck("91440101"
            + string.Concat(Enumerable.Range(0, 9).Select(_ => Charset[Random.Shared.Next(Charset.Length)])));
}
