namespace TalentHukou.Domain.Routing;

/// <summary>Guangzhou's 11 districts: the contract's codes and their names.</summary>
public static class Districts
{
    public static IReadOnlyDictionary<string, string> Names { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["yuexiu"] = "越秀区",
            ["haizhu"] = "海珠区",
            ["liwan"] = "荔湾区",
            ["tianhe"] = "天河区",
            ["baiyun"] = "白云区",
            ["huangpu"] = "黄埔区",
            ["huadu"] = "花都区",
            ["panyu"] = "番禺区",
            ["nansha"] = "南沙区",
            ["conghua"] = "从化区",
            ["zengcheng"] = "增城区",
        };

    public static bool IsValid(string? code) => code is not null && Names.ContainsKey(code);
}
