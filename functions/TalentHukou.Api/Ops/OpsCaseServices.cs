using TalentHukou.Adapters.Audit;
using TalentHukou.Workflows.Cases;

namespace TalentHukou.Api.Ops;

/// <summary>What the ops controls on instances use: the audit trail, the cases behind instances, the case actions.</summary>
public sealed record OpsCaseServices(AuditTrail Audit, BusinessCases Cases, OpsCaseActions Actions);
