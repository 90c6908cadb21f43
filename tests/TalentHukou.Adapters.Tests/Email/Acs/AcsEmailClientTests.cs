using System.Net;
using Azure;
using Azure.Core.Pipeline;
using TalentHukou.Adapters.Email.Acs;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Adapters.Tests.Email.Acs;

namespace TalentHukou.Adapters.Tests.Email.Acs;

public sealed class AcsEmailClientTests
{
    [Fact]
    public async Task GetStatusAsync_ErrorCodeOnlyInHeader_ThrowsRequestFailedExceptionWithIt()
    {
        var response = new HttpResponseMessage(HttpStatusCode.Forbidden);
        response.Headers.Add("x-ms-error-code", "HeaderCode");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => CreateClient(response).GetStatusAsync("op"));

        Assert.Equal(403, error.Status);
        Assert.Equal("HeaderCode", error.ErrorCode);
    }

    [Fact]
    public async Task GetStatusAsync_ErrorCodeInHeaderAndBody_HeaderWinsAndBodyMessageKept()
    {
        var response = ScriptedHandler.Json(
            HttpStatusCode.Forbidden, """{"error":{"code":"BodyCode","message":"Denied by policy."}}""");
        response.Headers.Add("x-ms-error-code", "HeaderCode");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => CreateClient(response).GetStatusAsync("op"));

        Assert.Equal(403, error.Status);
        Assert.Equal("HeaderCode", error.ErrorCode);
        Assert.Contains("Denied by policy.", error.Message);
    }

    [Fact]
    public async Task GetStatusAsync_ErrorCodeOnlyInBody_ThrowsRequestFailedExceptionWithIt()
    {
        var response = ScriptedHandler.Json(
            HttpStatusCode.BadRequest, """{"error":{"code":"InvalidOperationId","message":"Bad id."}}""");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => CreateClient(response).GetStatusAsync("op"));

        Assert.Equal(400, error.Status);
        Assert.Equal("InvalidOperationId", error.ErrorCode);
        Assert.Contains("Bad id.", error.Message);
    }

    [Fact]
    public async Task GetStatusAsync_FailedOperation_ReturnsStatusWithErrorAndRetryAfter()
    {
        var response = ScriptedHandler.Json(
            HttpStatusCode.OK,
            """{"id":"op","status":"Failed","error":{"code":"EmailDropped","message":"Dropped."}}""");
        response.Headers.Add("retry-after", "7");

        var status = (await CreateClient(response).GetStatusAsync("op")).Value;

        Assert.Equal(
            new EmailSendOperationStatus("op", EmailSendStatus.Failed, status.Error, TimeSpan.FromSeconds(7)),
            status);
        Assert.Equal("EmailDropped", status.Error?.Code);
        Assert.True(status.IsTerminal);
    }

    private static AcsEmailClient CreateClient(HttpResponseMessage response)
    {
        var options = new AcsEmailClientOptions
        {
            Transport = new HttpClientTransport(new ScriptedHandler(() => response)),
        };
        options.Retry.MaxRetries = 0;
        return new AcsEmailClient("endpoint=https://contoso.communication.azure.com;accesskey=YWJjZA==", options);
    }
}
