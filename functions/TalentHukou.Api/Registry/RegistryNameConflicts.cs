using Microsoft.AspNetCore.Http;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Registry.UseCases;

namespace TalentHukou.Api.Registry;

/// <summary>
/// The answer to a request for a name the registry has already: 409 naming the entry (its id and name) or the pending
/// request that asked for it first, never who asked.
/// </summary>
public static class RegistryNameConflicts
{
    public static IResult Result(
        RegistryFiling filing, WorkingDayCalendar calendar, Problems.ProblemType registered, string what,
        Func<string, string, object> entry)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(entry);
        if (filing.Filed is { } filed) return RegistryRequestsApi.Accepted(filed, calendar);
        var holder = filing.NameHolder!;
        return holder.EntryId is { } id
            ? Problems.Problems.Result(registered, $"A {what} with this full name is already registered.",
                extra: entry(id, holder.Name))
            : Problems.Problems.Result(RegistryProblems.NameRequested,
                $"A request to add a {what} with this full name is awaiting review.",
                extra: new { requestId = holder.RequestId, name = holder.Name });
    }
}
