namespace TalentHukou.Adapters.Hosting;

/// <summary>Addresses that leave the deployment (QR codes, e-mail links) and so must work from the internet.</summary>
public static class PublicAddress
{
    /// <summary>An absolute https address, not loopback, not ending in <c>/api</c>.</summary>
    public static bool IsPublicHttps(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !uri.IsLoopback
        && !uri.AbsolutePath.TrimEnd('/').EndsWith("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>An absolute http or https address.</summary>
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
