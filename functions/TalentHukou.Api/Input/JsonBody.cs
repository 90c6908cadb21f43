using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Problems;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Input;

/// <summary>
/// Reads a JSON request body within the route's size limit, turning every kind of bad input into a problem.
/// </summary>
public static class JsonBody
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        MaxDepth = 16,
        AllowTrailingCommas = false,
        Converters =
        {
            new System.Text.Json.Serialization.JsonStringEnumConverter(
                JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        },
    };

    public static async Task<T> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken ct) where T : class
    {
        if (!IsJson(request.ContentType))
            throw new ProblemException(ProblemTypes.UnsupportedMediaType, "The request body must be application/json.");
        if (request.ContentLength > maxBytes)
            throw new ProblemException(
                ProblemTypes.PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        try
        {
            await using var limited = new LimitedReadStream(request.Body, maxBytes);
            return await JsonSerializer.DeserializeAsync<T>(limited, Options, ct)
                ?? throw new ProblemException(
                    ProblemTypes.InvalidJson, "The request body must be a JSON object, not null.");
        }
        catch (JsonException ex)
        {
            throw new ProblemException(
                ProblemTypes.InvalidJson,
                $"The request body is not valid JSON for this route ({Where(ex)}).",
                FieldOf(ex));
        }
        catch (LimitedReadStream.LimitExceededException)
        {
            throw new ProblemException(
                ProblemTypes.PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        }
    }

    public static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Names the field whose value had the wrong JSON type (e.g. <c>$.applicant.name</c> → <c>applicant.name</c>).
    /// </summary>
    private static Dictionary<string, string[]>? FieldOf(JsonException ex) =>
        ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
            ? new() { [path[2..]] = ["格式错误，请检查该项的类型"] }
            : null;

    private static string Where(JsonException ex) =>
        ex.Path is { Length: > 0 } path ? $"at {path}" : $"line {ex.LineNumber}, byte {ex.BytePositionInLine}";
}
