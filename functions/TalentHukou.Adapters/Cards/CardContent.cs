namespace TalentHukou.Adapters.Cards;

/// <summary>
/// What the 《广州市入户人员信息卡》 shows. Holds the masked ID number only: the full number is used
/// once, at signing, to compute the holder digest, and is never printed or stored on the card.
/// </summary>
public sealed record CardContent(
    string CardNumber,
    string ApplicantName,
    string MaskedIdNumber,
    string EmployerName,
    string DestinationHrss,
    DateTimeOffset IssuedAt,
    DateOnly ValidUntil,
    string Issuer,
    string ApplicationId);
