using Microsoft.DurableTask;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Deadlines;

/// <summary>
/// Stores a staff SLA moved by a holiday notice (ADR 0022) as its record's <c>dueBy</c>, only while the record still
/// waits at the deadline the move starts from: one decided, answered, escalated or moved otherwise meanwhile keeps
/// what it has. Each kind of record names its own activity (its name is in the histories) and says how it is stored.
/// </summary>
public abstract class MoveStaffDueBy : TaskActivity<StaffDeadlineMoved, bool>
{
    public sealed override Task<bool> RunAsync(TaskActivityContext context, StaffDeadlineMoved input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return MoveAsync(input.RecordId, input.Move);
    }

    /// <summary>Whether a record still waits at the deadline <paramref name="move"/> starts from.</summary>
    protected static bool StillWaits(bool open, DateTimeOffset? escalatedAt, DateTimeOffset dueBy, DeadlineMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return open && escalatedAt is null && dueBy == move.From;
    }

    /// <summary>Stores <paramref name="move"/>'s new due time on the record if it <see cref="StillWaits"/>.</summary>
    protected abstract Task<bool> MoveAsync(string recordId, DeadlineMove move);
}
