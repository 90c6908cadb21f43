using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.Email.Acs;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Adapters.Tests.Email.Acs;

namespace TalentHukou.Adapters.Tests.Email.Acs;

public sealed class AcsHmacAuthenticationPolicyTests
{
    // base64("test-access-key-for-hmac-0123456789")
    private const string AccessKey = "dGVzdC1hY2Nlc3Mta2V5LWZvci1obWFjLTAxMjM0NTY3ODk=";
    private const string Date = "Tue, 04 Mar 2025 05:06:07 GMT";
    private const string ExpectedBody =
        """{"senderAddress":"DoNotReply@contoso.azurecomm.net","content":"""
        + """{"subject":"Hello","plainText":"Plain","html":"Html"},"recipients":"""
        + """{"to":[{"address":"someone@example.com","displayName":"Someone"}]},"replyTo":["""
        + """],"userEngagementTrackingDisabled":true}""";

    private static readonly AcsEmailMessage Message = new(
        "DoNotReply@contoso.azurecomm.net",
        new AcsEmailContent("Hello", "Plain", "Html"),
        new AcsEmailRecipients([new AcsEmailAddress("someone@example.com", "Someone")]));

    [Fact]
    public async Task StartSendAsync_FixedKeyDateAndBody_SignsExactlyAsTheServiceExpects()
    {
        var handler = new ScriptedHandler(
            () => ScriptedHandler.Json(HttpStatusCode.Accepted, """{"id":"x","status":"Running"}"""));
        var client = CreateClient(
            "https://contoso.communication.azure.com",
            handler,
            new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero)));

        await client.StartSendAsync(Message, Guid.Parse("5f0c2a8e-1111-4222-8333-944455556666"));

        var request = Assert.Single(handler.Requests);
        Assert.Equal(ExpectedBody, Encoding.UTF8.GetString(request.Body));
        var bodyHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ExpectedBody)));
        var stringToSign =
            $"POST\n/emails:send?api-version=2025-09-01\n{Date};contoso.communication.azure.com;{bodyHash}";
        Assert.Equal(Date, request.Header("x-ms-date"));
        Assert.Equal(bodyHash, request.Header("x-ms-content-sha256"));
        Assert.Equal(ExpectedAuthorization(stringToSign), request.Header("Authorization"));
        Assert.Equal("5f0c2a8e-1111-4222-8333-944455556666", request.Header("Operation-Id"));
    }

    [Fact]
    public async Task GetStatusAsync_EmptyBodyAndNonDefaultPort_SignsHostWithPortAndEmptyBodyHash()
    {
        var handler = new ScriptedHandler(
            () => ScriptedHandler.Json(HttpStatusCode.OK, """{"id":"abc","status":"Succeeded"}"""));
        var client = CreateClient(
            "http://127.0.0.1:5123/",
            handler,
            new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero)));

        await client.GetStatusAsync("abc");

        var request = Assert.Single(handler.Requests);
        const string emptyHash = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        Assert.Equal(emptyHash, request.Header("x-ms-content-sha256"));
        Assert.Equal(
            ExpectedAuthorization(
                $"GET\n/emails/operations/abc?api-version=2025-09-01\n{Date};127.0.0.1:5123;{emptyHash}"),
            request.Header("Authorization"));
    }

    [Fact]
    public async Task StartSendAsync_RetriedAfterServerError_SignsAgainWithNewDate()
    {
        var handler = new ScriptedHandler(
            () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            () => ScriptedHandler.Json(HttpStatusCode.Accepted, """{"id":"x","status":"Running"}"""));
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero))
        {
            AutoAdvanceAmount = TimeSpan.FromMinutes(1),
        };
        var client = CreateClient("https://contoso.communication.azure.com", handler, clock);

        await client.StartSendAsync(Message, Guid.NewGuid());

        Assert.Equal(2, handler.Requests.Count);
        var (first, second) = (handler.Requests[0], handler.Requests[1]);
        Assert.NotEqual(first.Header("x-ms-date"), second.Header("x-ms-date"));
        Assert.Equal(first.Header("Operation-Id"), second.Header("Operation-Id"));
        foreach (var request in handler.Requests)
        {
            var stringToSign = $"POST\n/emails:send?api-version=2025-09-01\n{request.Header("x-ms-date")};"
                + $"contoso.communication.azure.com;{request.Header("x-ms-content-sha256")}";
            Assert.Equal(ExpectedAuthorization(stringToSign), request.Header("Authorization"));
        }
    }

    private static AcsEmailClient CreateClient(string endpoint, ScriptedHandler handler, TimeProvider clock)
    {
        var options = new AcsEmailClientOptions { Transport = new HttpClientTransport(handler), TimeProvider = clock };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        return new AcsEmailClient($"endpoint={endpoint};accesskey={AccessKey}", options);
    }

    private static string ExpectedAuthorization(string stringToSign)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(AccessKey));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        return "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature;
    }
}
