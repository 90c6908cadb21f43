namespace TalentHukou.Adapters.Cards;

/// <summary>Authorities that issue cards. The verification link carries no issuer, so it is fixed here.</summary>
public static class CardIssuers
{
    /// <summary>The municipal DRC, which issues every 《广州市入户人员信息卡》.</summary>
    public const string GuangzhouDrc = "广州市发展和改革委员会";
}
