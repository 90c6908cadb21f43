using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Privacy;

namespace TalentHukou.Api.Ops;

/// <summary>What the key-rotation route uses: the protector (which key is current) and the audit trail.</summary>
public sealed record KeyRotationServices(PersonalDataProtector Protector, AuditTrail Audit);
