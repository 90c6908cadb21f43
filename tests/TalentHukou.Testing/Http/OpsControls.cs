using System.Net.Http.Json;

namespace TalentHukou.Testing.Http;

/// <summary>
/// Runs an ops control (restart, terminate, suspend, resume, repair, purge) with the reason it requires.
/// </summary>
public static class OpsControls
{
    public const string Reason = "测试：运维操作";

    public static Task<HttpResponseMessage> PostAsync(HttpClient ops, string path, string reason = Reason) =>
        SendAsync(ops, HttpMethod.Post, path, reason);

    public static Task<HttpResponseMessage> DeleteAsync(HttpClient ops, string path, string reason = Reason) =>
        SendAsync(ops, HttpMethod.Delete, path, reason);

    private static Task<HttpResponseMessage> SendAsync(HttpClient ops, HttpMethod method, string path, string reason)
    {
        ArgumentNullException.ThrowIfNull(ops);
        return ops.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(new { reason }) });
    }
}
