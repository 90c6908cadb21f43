using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Text;

namespace TalentHukou.Workflows.Registry;

/// <summary>A name to claim in one registry; <see cref="OwnEntryId"/> is the entry a modify-request changes.</summary>
public sealed record RegistryNameScope(string Scope, string Name, string? OwnEntryId = null)
{
    public static RegistryNameScope Employer(string name, string? ownEntryId) => new("employer", name, ownEntryId);

    public static RegistryNameScope School(string name) => new("school", name);

    public static RegistryNameScope Major(string schoolId, string name) => new("major-" + schoolId, name);
}

/// <summary>Who has a name already: an approved entry (<see cref="EntryId"/>) or a pending request for it.</summary>
public sealed record RegistryNameHolder(string? EntryId, string? RequestId, string Name);

/// <summary>
/// Keeps registry names unique after folding, pending requests included, through <see cref="RegistryNameClaims"/>.
/// A claim stays with its request while that request is pending or its approved entry still bears the name; the
/// claim of a rejected request, of a request never stored, or of an entry since renamed is taken over.
/// </summary>
public sealed class RegistryNameGuard(
    RegistryNameClaims claims, RegistryRequestStore requests, EmployerDirectory employers, TimeProvider time)
{
    /// <summary>
    /// A request is stored right after its claim; only a claim this old with no request behind it is stale.
    /// </summary>
    private static readonly TimeSpan StoreGrace = TimeSpan.FromMinutes(5);

    /// <summary>Claims the name for <paramref name="requestId"/>: null when claimed, else who has the name.</summary>
    public async Task<RegistryNameHolder?> ClaimAsync(RegistryNameScope wanted, string requestId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        while (true)
        {
            var now = time.GetUtcNow();
            var held = await claims.ClaimAsync(wanted.Scope, wanted.Name, requestId, now, ct);
            if (held is null) return null;
            if (await HolderAsync(wanted, held, now, ct) is { } holder) return holder;
            if (await claims.TakeOverAsync(wanted.Scope, wanted.Name, held, requestId, now, ct)) return null;
        }
    }

    /// <summary>Who holds the claim, or null when it is stale.</summary>
    private async Task<RegistryNameHolder?> HolderAsync(
        RegistryNameScope wanted, RegistryNameClaim held, DateTimeOffset now, CancellationToken ct)
    {
        var request = await requests.GetAsync(held.RequestId, ct);
        if (request is null) return now - held.ClaimedAt < StoreGrace ? new(null, held.RequestId, wanted.Name) : null;
        if (request.Status == RegistryRequestStatus.Pending) return new(null, request.RequestId, wanted.Name);
        if (request.Status != RegistryRequestStatus.Approved || request.ResultId is not { } entryId) return null;
        if (entryId == wanted.OwnEntryId) return null;
        var entryName = await CurrentNameAsync(wanted, entryId, ct);
        return entryName is not null && NameFolding.Fold(entryName) == NameFolding.Fold(wanted.Name)
            ? new(entryId, null, entryName)
            : null;
    }

    /// <summary>
    /// Employers may be renamed; schools and majors never are, so their approved name is the claimed one.
    /// </summary>
    private async Task<string?> CurrentNameAsync(RegistryNameScope wanted, string entryId, CancellationToken ct) =>
        wanted.Scope == "employer" ? (await employers.GetAsync(entryId, ct))?.Details.Name : wanted.Name;
}
