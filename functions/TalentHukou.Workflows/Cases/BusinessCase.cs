namespace TalentHukou.Workflows.Cases;

/// <summary>
/// The case behind a business process instance: its kind (<see cref="CaseKinds"/>), id and stage or status (wire
/// name), and whether it is still open (nothing terminal: not rejected, withdrawn, closed, carded, decided or closed).
/// </summary>
public sealed record BusinessCase(string Kind, string Id, string Stage, bool IsOpen);

/// <summary>The kinds of business case, and which instance id follows which case.</summary>
public static class CaseKinds
{
    public const string Application = "application";
    public const string Card = "card";
    public const string Registry = "registry";
    public const string Ticket = "ticket";

    public static IReadOnlyList<string> All { get; } = [Application, Registry, Ticket];

    /// <summary>
    /// The kind and case id an instance id follows (<c>application-{id}</c>, <c>card-{applicationId}-{attempt}</c>,
    /// <c>registry-{id}</c>, <c>ticket-{id}</c>), or null for a technical instance (email, sweeps, key rotation).
    /// A card saga's case is its application.
    /// </summary>
    public static (string Kind, string Id)? Of(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        foreach (var kind in new[] { Application, Registry, Ticket })
            if (instanceId.StartsWith(kind + "-", StringComparison.Ordinal) && instanceId.Length > kind.Length + 1)
                return (kind, instanceId[(kind.Length + 1)..]);
        var dash = instanceId.LastIndexOf('-');
        if (instanceId.StartsWith(Card + "-", StringComparison.Ordinal) && dash > Card.Length + 1)
            return (Card, instanceId[(Card.Length + 1)..dash]);
        return null;
    }
}
