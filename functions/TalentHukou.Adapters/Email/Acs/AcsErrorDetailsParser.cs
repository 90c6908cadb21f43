using System.Text.Json;
using Azure;
using Azure.Core;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// Reads an ACS error answer: the code from the <c>x-ms-error-code</c> header (the service's own), else from the body's
/// <c>{"error":{"code","message"}}</c>; the message from the body.
/// </summary>
internal sealed class AcsErrorDetailsParser : RequestFailedDetailsParser
{
    public static AcsErrorDetailsParser Instance { get; } = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var (bodyCode, message) = ReadBody(response);
        var code = response.Headers.TryGetValue("x-ms-error-code", out var headerCode)
            && !string.IsNullOrEmpty(headerCode)
            ? headerCode
            : bodyCode;
        error = code is null && message is null ? null : new ResponseError(code, message);
        return error is not null;
    }

    private static (string? Code, string? Message) ReadBody(Response response)
    {
        try
        {
            using var document = JsonDocument.Parse(response.Content);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                return (Text(error, "code"), Text(error, "message"));
            }
        }
        catch (JsonException)
        {
        }

        return (null, null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
