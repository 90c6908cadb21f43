using Microsoft.Playwright;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver: never a downloaded browser. Tests call
/// <see cref="SkipUnlessInstalled"/> first, so a machine without it reports them skipped, never passed.
/// </summary>
public static class Chromium
{
    /// <summary>Debian's path, unless <c>TALENTHUKOU_CHROMIUM</c> names another executable.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("TALENTHUKOU_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static void SkipUnlessInstalled() =>
        Skip.IfNot(File.Exists(ExecutablePath),
            $"Chromium is not installed at {ExecutablePath}: install Debian's chromium package "
            + "(./test.sh does when apt-get is available) to run the browser test.");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true });
        return (playwright, browser);
    }
}
