namespace TalentHukou.Api.Idempotency;

/// <summary>Idempotency-Key settings (section <c>Idempotency</c>).</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>
    /// A reservation still pending after this long belongs to a request whose host died: a repeat may take it over (and a
    /// stored application without a process that old was abandoned the same way). Longer than any request takes (a large
    /// upload on a slow line included).
    /// </summary>
    public TimeSpan PendingTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
