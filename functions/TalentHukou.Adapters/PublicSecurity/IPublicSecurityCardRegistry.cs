namespace TalentHukou.Adapters.PublicSecurity;

/// <summary>
/// The public-security system's register of household registration cards (指标卡), as the card office's system sees it:
/// it pushes issued cards there, and the 入户复核 checks name, ID number and card number against it.
/// </summary>
public interface IPublicSecurityCardRegistry
{
    /// <summary>
    /// Pushes a card; true when the system acknowledged it (which, as seed Q7 shows, does not prove it stored it).
    /// </summary>
    Task<bool> RegisterAsync(PsbCardHolder card, CancellationToken ct);

    /// <summary>Whether the system holds <paramref name="card"/>'s number for this name and ID number.</summary>
    Task<bool> CrossCheckAsync(PsbCardHolder card, CancellationToken ct);

    /// <summary>
    /// Tells the system the card office revoked <paramref name="cardNumber"/> (a reason code, no personal data): from
    /// then on the cross-check does not find it. Idempotent.
    /// </summary>
    Task RevokeAsync(string cardNumber, string reason, CancellationToken ct);
}

/// <summary>
/// A card number with its holder's name and full ID number (used in activities only, never stored by this service).
/// </summary>
public sealed record PsbCardHolder(string CardNumber, string Name, string IdNumber);
