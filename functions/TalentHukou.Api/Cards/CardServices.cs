using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.PublicSecurity;

namespace TalentHukou.Api.Cards;

/// <summary>What the card routes use: issued cards, their documents, verification, public security's check.</summary>
public sealed record CardServices(
    CardRegistry Cards, CardDocuments Documents, CardVerifier Verifier, IPublicSecurityCardRegistry PublicSecurity,
    ApplicationStore Applications, Routing.ClientRateLimits Limits, Adapters.Audit.AuditTrail Audit);
