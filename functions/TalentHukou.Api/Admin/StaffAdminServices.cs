using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Staff;

namespace TalentHukou.Api.Admin;

/// <summary>What the staff-assignment routes use: the assignments, the audit trail, and the clock.</summary>
public sealed record StaffAdminServices(StaffAssignments Assignments, AuditTrail Audit, TimeProvider Time);
