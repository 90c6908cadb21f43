using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.PublicSecurity;

/// <summary>
/// Faults of the simulated public-security registry (section <c>PublicSecurity</c>), so that the data-sharing problem
/// of seed Q7 can be reproduced: the card office's system says a card was shared,
/// but public security has no record of it.
/// </summary>
public sealed class PublicSecurityOptions : ISelfValidatingOptions
{
    public const string SectionName = "PublicSecurity";

    /// <summary>Share of calls (0 to 1) that fail with <see cref="PublicSecurityUnavailableException"/>.</summary>
    public double FailureRate { get; set; }

    /// <summary>Delay added to every call.</summary>
    public TimeSpan AddedLatency { get; set; } = TimeSpan.Zero;

    /// <summary>Share of registrations (0 to 1) that report success but store nothing (lost writes).</summary>
    public double LostWriteRate { get; set; }

    /// <summary>
    /// Test-only (Development only): calls about the holder with this ID number fail transiently, the first
    /// <see cref="FlakyCalls"/> of them, so that one case can prove the orchestrator's retries without a global failure
    /// rate. Empty in normal operation.
    /// </summary>
    public string? FlakyIdNumber { get; set; }

    /// <summary>How many calls about <see cref="FlakyIdNumber"/> fail before it answers (0 to 10).</summary>
    public int FlakyCalls { get; set; }

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (FailureRate is not (>= 0 and <= 1) || LostWriteRate is not (>= 0 and <= 1)
            || AddedLatency < TimeSpan.Zero || AddedLatency > TimeSpan.FromMinutes(1))
            yield return "PublicSecurity:FailureRate and LostWriteRate must be between 0 and 1, AddedLatency between 0 "
                + "and 1 minute.";
        if (FlakyCalls is not (>= 0 and <= 10))
            yield return "PublicSecurity:FlakyCalls must be between 0 and 10.";
        if (!string.IsNullOrEmpty(FlakyIdNumber) && !environment.IsDevelopment())
            yield return "PublicSecurity:FlakyIdNumber injects faults for tests; it is refused outside the Development "
                + "environment.";
    }
}
