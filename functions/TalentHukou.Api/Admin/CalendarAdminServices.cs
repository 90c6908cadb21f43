using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Calendar;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Admin;

/// <summary>
/// What the notice-publishing route uses: the stored notices, the calendar in force, the audit trail, the clock, the
/// business clock (deadlines and "now" for a dry run) and the calendar settings (the propagation bound of a re-arm).
/// </summary>
public sealed record CalendarAdminServices(
    CalendarNoticeStore Notices, CalendarSource Calendars, AuditTrail Audit, TimeProvider Time, BusinessClock Clock,
    IOptions<CalendarOptions> Options);
