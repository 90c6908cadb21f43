using Azure;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// An Azure Communication Services connection string, <c>endpoint=https://...;accesskey=...</c>: parts split on
/// <c>;</c>, each part on its first <c>=</c> (the base64 key may end in <c>=</c>), keys case-insensitive.
/// </summary>
public sealed record AcsConnectionString(Uri Endpoint, AzureKeyCredential AccessKey)
{
    /// <summary>
    /// Parses <paramref name="connectionString"/>; throws <see cref="FormatException"/> naming what is wrong,
    /// never the key.
    /// </summary>
    public static AcsConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(
            ';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = part.IndexOf('=');
            if (separator <= 0)
            {
                throw new FormatException("The ACS connection string has a part without 'name=value'.");
            }

            parts[part[..separator].Trim()] = part[(separator + 1)..].Trim();
        }

        if (!parts.TryGetValue("endpoint", out var endpoint)
            || !Uri.TryCreate(endpoint, UriKind.Absolute, out var endpointUri)
            || endpointUri.Scheme is not ("https" or "http"))
        {
            throw new FormatException("The ACS connection string needs 'endpoint' as an absolute http(s) URL.");
        }

        if (!parts.TryGetValue("accesskey", out var accessKey) || !IsBase64(accessKey))
        {
            throw new FormatException("The ACS connection string needs 'accesskey' as a base64 key.");
        }

        return new AcsConnectionString(endpointUri, new AzureKeyCredential(accessKey));
    }

    private static bool IsBase64(string value) =>
        value.Length > 0 && Convert.TryFromBase64String(value, new byte[value.Length], out _);
}
