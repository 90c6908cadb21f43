using System.Globalization;
using Xunit.Abstractions;

namespace TalentHukou.Reliability.Tests.Support;

/// <summary>
/// The seed of a scenario's random choices: <c>TALENTHUKOU_RELIABILITY_SEED</c> when set (to replay a failure), else a
/// fresh one. It is printed, and failure messages repeat it.
/// </summary>
public static class ReliabilitySeed
{
    public static int Next(ITestOutputHelper output, string scenario)
    {
        var seed = int.TryParse(
            Environment.GetEnvironmentVariable("TALENTHUKOU_RELIABILITY_SEED"),
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var fixedSeed)
            ? fixedSeed
            : Random.Shared.Next();
        output.WriteLine($"{scenario}: seed {seed} (replay with TALENTHUKOU_RELIABILITY_SEED={seed})");
        return seed;
    }
}
