using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Support;

namespace TalentHukou.Workflows.Cases;

/// <summary>Reads the record of a business case, whatever its kind, to tell whether it is still open.</summary>
public sealed class BusinessCases(
    ApplicationStore applications, RegistryRequestStore registry, SupportTicketStore tickets)
{
    /// <summary>The case, or null when no record of that kind and id exists (or the id cannot be one).</summary>
    public async Task<BusinessCase?> FindAsync(string kind, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kind);
        switch (kind)
        {
            case CaseKinds.Application or CaseKinds.Card:
                if (!ApplicationStore.IsValidId(id) || await applications.GetAsync(id, ct) is not { } found)
                    return null;
                var stage = found.Record.Stage;
                return new BusinessCase(
                    CaseKinds.Application, id, StageNames.Wire(stage), !ApplicationStages.IsTerminal(stage));
            case CaseKinds.Registry:
                if (!IsKey(id) || await registry.GetAsync(id, ct) is not { } request) return null;
                return new BusinessCase(
                    kind, id, Wire(request.Status), request.Status == RegistryRequestStatus.Pending);
            case CaseKinds.Ticket:
                if (!IsKey(id) || await tickets.GetAsync(id, ct) is not { } ticket) return null;
                return new BusinessCase(kind, id, Wire(ticket.Status), ticket.Status != TicketStatus.Closed);
            default:
                return null;
        }
    }

    private static bool IsKey(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Wire<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
