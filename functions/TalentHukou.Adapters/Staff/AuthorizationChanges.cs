namespace TalentHukou.Adapters.Staff;

/// <summary>
/// This instance's news of a subject's authorization changing (a staff assignment set or removed, a unit-admin grant
/// made). The stores announce their own writes, so whatever route or activity made the change, caches on the
/// instance that wrote it drop the subject at once.
/// </summary>
public sealed class AuthorizationChanges
{
    private long _count;

    /// <summary>Raised after the change is stored, with the subject it concerns.</summary>
    public event Action<string>? Changed;

    /// <summary>How many changes this instance has announced: a read that began before one may be stale.</summary>
    public long Count => Interlocked.Read(ref _count);

    public void Announce(string subject)
    {
        Interlocked.Increment(ref _count);
        Changed?.Invoke(subject);
    }
}
