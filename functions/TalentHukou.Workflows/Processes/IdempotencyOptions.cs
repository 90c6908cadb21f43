using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Processes;

/// <summary>
/// Idempotency-Key settings (section <c>Idempotency</c>). Its timeout is also when the unstarted-process sweep deems a
/// stored thing's first try dead, so it belongs to the processes, below the API that keeps the keys.
/// </summary>
public sealed class IdempotencyOptions : ISelfValidatingOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>
    /// A reservation still pending after this long belongs to a request whose host died: a repeat may take it over (and
    /// a stored application without a process that old was abandoned the same way). Longer than any request takes (a
    /// large upload on a slow line included).
    /// </summary>
    public TimeSpan PendingTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (PendingTimeout <= TimeSpan.Zero) yield return "Idempotency:PendingTimeout must be positive.";
    }
}
