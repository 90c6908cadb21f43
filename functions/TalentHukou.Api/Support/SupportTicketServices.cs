using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Support;
using TalentHukou.Workflows.Support.UseCases;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Support;

/// <summary>What the ticket routes use: the tickets, filing them, screenshots, the protected contact fields.</summary>
public sealed record SupportTicketServices(
    SupportTicketStore Tickets, SupportTicketFiler Filer, BusinessClock Clock, PrivateBlobs Blobs,
    PersonalDataProtector Protector, Auth.IdentityProof Identity,
        Workflows.Notifications.Verification.PhoneVerifications Phones);
