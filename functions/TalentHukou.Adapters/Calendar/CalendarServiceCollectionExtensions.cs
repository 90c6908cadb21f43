using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Calendar;

/// <summary>
/// The working-day calendar: the stored notices, the calendar in force, and its refresh on every instance.
/// </summary>
public static class CalendarServiceCollectionExtensions
{
    public static IServiceCollection AddTalentHukouCalendar(this IServiceCollection services)
    {
        services.AddValidatedOptions<CalendarOptions>(CalendarOptions.SectionName);
        services.AddSingleton<CalendarNoticeStore>();
        services.AddSingleton<CalendarSource>();
        return services.AddHostedService<CalendarRefresher>();
    }
}
