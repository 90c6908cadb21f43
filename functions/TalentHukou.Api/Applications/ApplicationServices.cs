using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Registry;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Applications.UseCases;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Applications;

/// <summary>What the application routes use: the read model, the use cases, and the business clock.</summary>
public sealed record ApplicationServices(
    ApplicationStore Applications,
    SubmitApplication Submit,
    TakeDecision Decisions,
    FileObjection Objections,
    WithdrawApplication Withdrawals,
    ReturnApplication Returns,
    CorrectApplication Corrections,
    Adapters.Storage.PrivateBlobs Blobs,
    UnitAdminGrants UnitAdmins,
    BusinessClock Clock,
    ClientRateLimits Limits,
    IdentityProof Identity,
    Adapters.Audit.AuditTrail Audit,

    Adapters.Email.Outbox.EmailOutboxStore Outbox,
    Microsoft.Extensions.Options.IOptions<Adapters.Sms.SmsOptions> Sms);
