namespace TalentHukou.Adapters.Publicity;

/// <summary>
/// One line of the public publicity roster: what Guangzhou publishes (masked name, gender, employer, education, the
/// reviewing office, the publicity dates) and nothing more. <see cref="ApplicationId"/> never leaves the service.
/// </summary>
public sealed record RosterEntry(
    string RosterId,
    string ApplicationId,
    string MaskedName,
    string? Gender,
    string EmployerName,
    string School,
    string Major,
    string Degree,
    string Level,
    string? District,
    string Scope,
    DateOnly Start,
    DateOnly End,
    string Status)
{
    public const string Open = "open";
    public const string Ended = "ended";

    /// <summary>The application was rejected or withdrawn: no longer listed, and objections get 409.</summary>
    public const string Closed = "closed";
}
