using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>The wire format of the ACS Email REST API: requests to build and status bodies to read.</summary>
internal static class AcsEmailProtocol
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static HttpMessage CreateSendRequest(
        HttpPipeline pipeline, Uri endpoint, string apiVersion, AcsEmailMessage body, Guid operationId)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(endpoint);
        request.Uri.AppendPath("/emails:send", escape: false);
        request.Uri.AppendQuery("api-version", apiVersion);
        request.Headers.SetValue("Operation-Id", operationId.ToString());
        request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
        request.Headers.SetValue(HttpHeader.Names.Accept, "application/json");
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body, Json));
        return message;
    }

    public static HttpMessage CreateStatusRequest(
        HttpPipeline pipeline, Uri endpoint, string apiVersion, string operationId)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Get;
        request.Uri.Reset(endpoint);
        request.Uri.AppendPath("/emails/operations/", escape: false);
        request.Uri.AppendPath(operationId, escape: true);
        request.Uri.AppendQuery("api-version", apiVersion);
        request.Headers.SetValue(HttpHeader.Names.Accept, "application/json");
        return message;
    }

    public static EmailSendOperationStatus ReadStatus(Response response, string fallbackId, TimeProvider timeProvider)
    {
        var body = response.Content.ToObjectFromJson<StatusBody>(Json)
            ?? throw new RequestFailedException(response.Status, "The ACS answer had no status body.");
        var error = body.Error is { } e ? new ResponseError(e.Code, e.Message) : null;
        return new EmailSendOperationStatus(
            string.IsNullOrEmpty(body.Id) ? fallbackId : body.Id,
            body.Status,
            error,
            RetryAfterHeader.Read(response, timeProvider));
    }

    private sealed record StatusBody(string? Id, EmailSendStatus Status, ErrorBody? Error);

    private sealed record ErrorBody(string? Code, string? Message);
}
