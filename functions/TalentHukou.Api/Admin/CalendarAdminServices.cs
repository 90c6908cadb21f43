using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Calendar;

namespace TalentHukou.Api.Admin;

/// <summary>
/// What the notice-publishing route uses: the stored notices, the calendar in force, the audit trail, the clock.
/// </summary>
public sealed record CalendarAdminServices(
    CalendarNoticeStore Notices, CalendarSource Calendars, AuditTrail Audit, TimeProvider Time);
