using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Decisions;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Registry;

/// <summary>
/// What the routes over filed registry requests use: progress, the queue, decisions (stored, audited, then signalled),
/// attachments, and the employer registry and applications that decision views and separation of duties read.
/// </summary>
public sealed record RegistryRequestServices(
    RegistryRequestStore Requests, BusinessClock Clock, PrivateBlobs Blobs, DecisionStore Decisions, AuditTrail Audit,
    EmployerDirectory Employers, ApplicationStore Applications, Auth.IdentityProof Identity);
