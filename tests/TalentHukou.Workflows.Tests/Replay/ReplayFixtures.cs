using System.Runtime.CompilerServices;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>Where the recorded histories live.</summary>
public static class ReplayFixtures
{
    /// <summary>The checked-in <c>Fixtures</c> folder in the source tree (the recorder writes there).</summary>
    public static string SourceFolder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Fixtures");
}
