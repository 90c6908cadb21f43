using System.Net;
using TalentHukou.Testing;

namespace TalentHukou.Reliability.Tests.Support;

/// <summary>
/// HTTP calls as a patient client makes them: while the host is down, restarting or answering 503, wait and try again;
/// after a 429, wait as long as its <c>Retry-After</c> says (the same request: writes carry an
/// <c>Idempotency-Key</c> where the route honours one).
/// </summary>
public static class Resilient
{
    public static async Task<(HttpStatusCode Status, string Body)> SendAsync(
        HttpClient client, Func<HttpRequestMessage> request, int seconds = 180)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var last = "no answer yet";
        while (true)
        {
            var pause = TimeSpan.FromMilliseconds(250);
            try
            {
                using var response = await client.SendAsync(request());
                var body = await response.Content.ReadAsStringAsync();
                var throttled = response.StatusCode == HttpStatusCode.TooManyRequests
                    && response.Headers.RetryAfter?.Delta is not null;
                if (!throttled && response.StatusCode != HttpStatusCode.ServiceUnavailable)
                    return (response.StatusCode, body);
                last = $"{(int)response.StatusCode} {body}";
                if (throttled) pause = response.Headers.RetryAfter!.Delta!.Value;
            }
            catch (Exception ex) when (ConnectionFailures.Is(ex))
            {
                last = ex.GetBaseException().Message;
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException(
                    $"No answer but 503, 429 or a connection failure within {seconds} s; last: {last}");
            await Task.Delay(pause);
        }
    }

    public static Task<(HttpStatusCode Status, string Body)> GetAsync(
        HttpClient client, string url, int seconds = 180) =>
        SendAsync(client, () => new HttpRequestMessage(HttpMethod.Get, url), seconds);
}
