using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TalentHukou.Adapters.Calendar;

/// <summary>
/// The working-day calendar: the stored notices, the calendar in force, and its refresh on every instance.
/// </summary>
public static class CalendarServiceCollectionExtensions
{
    public static IServiceCollection AddTalentHukouCalendar(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.SectionName))
            .Validate(o => o.RefreshInterval >= TimeSpan.FromMilliseconds(100)
                    && o.RefreshInterval <= TimeSpan.FromMinutes(1),
                "Calendar:RefreshInterval must be between 100 ms and 1 minute "
                + "(it bounds how late an instance sees a new notice).")
            .ValidateOnStart();
        services.AddSingleton<CalendarNoticeStore>();
        services.AddSingleton<CalendarSource>();
        return services.AddHostedService<CalendarRefresher>();
    }
}
