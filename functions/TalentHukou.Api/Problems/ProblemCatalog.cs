using System.Reflection;

namespace TalentHukou.Api.Problems;

/// <summary>
/// Every problem type this API answers with: the <c>static readonly ProblemType</c> fields of its areas, by type URI.
/// The OpenAPI document and docs/errors.md list it, so a front end can map each error to its own message.
/// </summary>
public static class ProblemCatalog
{
    public static IReadOnlyList<ProblemType> All { get; } = typeof(ProblemType).Assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(ProblemType) && f.IsInitOnly)
        .Select(f => (ProblemType)f.GetValue(null)!)
        .DistinctBy(p => p.Slug).OrderBy(p => p.Status).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

    /// <summary>The catalogue as a Markdown table (docs/errors.md and the Problem schema's description).</summary>
    public static string MarkdownTable() =>
        "| type | HTTP | title (标题) |\n|---|---|---|\n"
        + string.Concat(All.Select(p => $"| `{p.Type}` | {p.Status} | {p.Title} |\n"));
}
