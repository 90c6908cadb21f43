using System.Reflection;
using System.Text.RegularExpressions;
using TalentHukou.Api.Problems;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// The error catalogue (docs/errors.md and the Problem schema) holds every problem type the code answers with.
/// </summary>
public partial class ProblemCatalogTests
{
    private static string ErrorsPath => Path.Combine(TestEnvironment.RepoRoot, "docs", "errors.md");

    // The raw literal sits at column 0 so that the markdown's longest line fits without changing the text.
    private const string Header = """
# Errors: the problem types of the API

Every error is an RFC 9457 `application/problem+json` answer: a stable `type` (below), the HTTP `status`, a Chinese
`title` to show the user, an English `detail` for logs and support, and for 400s the per-field `errors` (Chinese).
Map errors by `type`, never by `title` or `detail`; a title may be more specific than the one listed (e.g. the
registry's own wording). The same table is in `openapi.json` (`components.schemas.Problem`, `x-problem-types`).
Generated from the code: regenerate with `UPDATE_OPENAPI=1 dotnet test tests/TalentHukou.Api.Tests --filter OpenApi`.


""";

    [Fact]
    public void OpenApiErrorsDoc_CheckedIn_EqualsGenerated()
    {
        var generated = Header.ReplaceLineEndings("\n") + ProblemCatalog.MarkdownTable();
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") File.WriteAllText(ErrorsPath, generated);
        Assert.True(generated == File.ReadAllText(ErrorsPath).ReplaceLineEndings("\n"),
            "docs/errors.md differs from the code's problem types; regenerate it: "
            + "UPDATE_OPENAPI=1 dotnet test tests/TalentHukou.Api.Tests --filter OpenApi");
    }

    [Fact]
    public void OpenApiProblemTypes_DeclaredInSource_AllInCatalogue()
    {
        var catalogued = ProblemCatalog.All.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var sources = Directory
            .EnumerateFiles(Path.Combine(TestEnvironment.RepoRoot, "functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(
                $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var used = sources.SelectMany(f => Declared().Matches(File.ReadAllText(f)).Select(m => m.Groups["slug"].Value))
            .Where(slug => !slug.StartsWith("email-operation", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(
            used.Count >= ProblemCatalog.All.Count,
            $"The source scan found {used.Count} problem types only; is its pattern stale?");
        var missing = used.Except(catalogued).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0,
            "Problem types outside the catalogue (declare them as static readonly ProblemType fields): "
            + string.Join(", ", missing));
    }

    [Fact]
    public void OpenApiProblemTypes_EachSlug_OneStatusAndAChineseTitle()
    {
        var declared = typeof(ProblemType).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(ProblemType)).Select(f => (ProblemType)f.GetValue(null)!).ToList();
        Assert.All(
            declared.GroupBy(p => p.Slug),
            g => Assert.True(g.Distinct().Count() == 1, $"{g.Key} is declared twice, differently"));
        Assert.All(declared, p => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", p.Title));
        Assert.All(declared, p => Assert.InRange(p.Status, 400, 599));
    }

    /// <summary>
    /// A ProblemType built from a slug (<c>new("slug", 404, …)</c>, <c>new ProblemType("slug", …)</c>) or a type URI.
    /// </summary>
    [GeneratedRegex(
        """(?:ProblemType\s+\w+\s*=\s*new|new\s+ProblemType)"""
        + """\(\s*"(?<slug>[^"]+)"|"urn:talenthukou:(?<slug>[a-z0-9:-]+)""")]
    private static partial Regex Declared();
}
