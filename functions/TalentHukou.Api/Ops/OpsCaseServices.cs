using TalentHukou.Adapters.Audit;
using TalentHukou.Workflows.Cases;

namespace TalentHukou.Api.Ops;

/// <summary>What the ops controls on instances use: the audit trail and the single-instance rules.</summary>
public sealed record OpsCaseServices(AuditTrail Audit, OpsInstanceControl Control);
