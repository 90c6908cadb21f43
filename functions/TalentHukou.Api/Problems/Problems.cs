using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Problems;

/// <summary>
/// Builds RFC 9457 answers: Chinese <c>title</c>, English <c>detail</c>, a stable <c>type</c>,
/// and field <c>errors</c>.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult Result(
        ProblemType problem,
        string detail,
        IDictionary<string, string[]>? errors = null,
        object? extra = null,
        string? title = null)
    {
        var details = new ProblemDetails
        {
            Type = problem.Type,
            Title = title ?? problem.Title,
            Status = problem.Status,
            Detail = detail,
        };
        if (errors is { Count: > 0 }) details.Extensions["errors"] = errors;
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
                details.Extensions[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] =
                    property.GetValue(extra);
        }
        return TypedResults.Problem(details);
    }

    /// <summary>A validation failure naming each field with its Chinese and English messages.</summary>
    public static ProblemHttpResult Validation(IReadOnlyCollection<FieldError> errors) =>
        Result(ProblemTypes.ValidationFailed,
            "Validation failed: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.MessageEn}")),
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.MessageZh).ToArray()));

    public static ProblemHttpResult NotFound(string detail) => Result(ProblemTypes.NotFound, detail);
}

