using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using TalentHukou.Adapters.Http;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// A small Azure-SDK-style client for the ACS Email REST API: start a send under a caller-chosen operation id,
/// read an operation's status, or do both and poll until the operation ends. Failures the service reports come
/// back as <see cref="RequestFailedException"/> with <c>Status</c>, the raw response and <c>ErrorCode</c> (the
/// <c>x-ms-error-code</c> header, else the body's <c>error.code</c>).
/// </summary>
public sealed class AcsEmailClient
{
    /// <summary>The Entra ID scope for Azure Communication Services.</summary>
    public const string TokenScope = "https://communication.azure.com//.default";

    private readonly SignedServicePipeline _service;
    private readonly AcsEmailClientOptions _options;

    /// <summary>Creates a client from a connection string <c>endpoint=...;accesskey=...</c> (HMAC signing).</summary>
    public AcsEmailClient(string connectionString, AcsEmailClientOptions? options = null)
        : this(AcsConnectionString.Parse(connectionString), options ?? new AcsEmailClientOptions())
    {
    }

    /// <summary>Creates a client that signs every attempt with the access key (HMAC).</summary>
    public AcsEmailClient(Uri endpoint, AzureKeyCredential accessKey, AcsEmailClientOptions? options = null)
        : this(
            endpoint,
            options ?? new AcsEmailClientOptions(),
            o => new AcsHmacAuthenticationPolicy(accessKey, o.TimeProvider))
    {
    }

    /// <summary>Creates a client that authenticates with an Entra ID token (managed identity, for example).</summary>
    public AcsEmailClient(Uri endpoint, TokenCredential credential, AcsEmailClientOptions? options = null)
        : this(
            endpoint,
            options ?? new AcsEmailClientOptions(),
            _ => new BearerTokenAuthenticationPolicy(credential, TokenScope))
    {
    }

    private AcsEmailClient(AcsConnectionString connection, AcsEmailClientOptions options)
        : this(connection.Endpoint, connection.AccessKey, options)
    {
    }

    private AcsEmailClient(
        Uri endpoint, AcsEmailClientOptions options, Func<AcsEmailClientOptions, HttpPipelinePolicy> authentication)
    {
        _options = options;
        options.RetryPolicy ??= new ThrottleAwareRetryPolicy(
            options.Retry.MaxRetries, RetryDelays(options.Retry), options.MaxInlineRetryAfter, options.TimeProvider);
        _service = new SignedServicePipeline(endpoint, options, authentication(options));
    }

    /// <summary>
    /// Starts sending <paramref name="message"/>; the service answers 202 with the operation's first status.
    /// </summary>
    public async Task<Response<EmailSendOperationStatus>> StartSendAsync(
        AcsEmailMessage message, Guid operationId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var request = AcsEmailProtocol.CreateSendRequest(
            _service.Pipeline, _service.Endpoint, _options.ApiVersion, message, operationId);
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        return Response.FromValue(
            AcsEmailProtocol.ReadStatus(response, operationId.ToString(), _options.TimeProvider), response);
    }

    /// <summary>Reads the status of the operation <paramref name="operationId"/>.</summary>
    public async Task<Response<EmailSendOperationStatus>> GetStatusAsync(
        string operationId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        using var request = AcsEmailProtocol.CreateStatusRequest(
            _service.Pipeline, _service.Endpoint, _options.ApiVersion, operationId);
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        return Response.FromValue(AcsEmailProtocol.ReadStatus(response, operationId, _options.TimeProvider), response);
    }

    /// <summary>
    /// Starts the send, then polls (honouring each <c>retry-after</c>) until the operation ends or the waits
    /// between polls add up to more than <paramref name="maxPollingWait"/>; returns the last status seen.
    /// </summary>
    public async Task<Response<EmailSendOperationStatus>> SendAndWaitAsync(
        AcsEmailMessage message, Guid operationId, TimeSpan maxPollingWait, CancellationToken ct = default)
    {
        var response = await StartSendAsync(message, operationId, ct).ConfigureAwait(false);
        var waited = TimeSpan.Zero;
        while (!response.Value.IsTerminal)
        {
            var delay = response.Value.RetryAfter ?? _options.DefaultPollingInterval;
            if (waited + delay > maxPollingWait)
            {
                break;
            }

            await Task.Delay(delay, _options.TimeProvider, ct).ConfigureAwait(false);
            waited += delay;
            response = await GetStatusAsync(response.Value.Id, ct).ConfigureAwait(false);
        }

        return response;
    }

    private async Task<Response> SendAsync(HttpMessage message, CancellationToken ct)
    {
        await _service.Pipeline.SendAsync(message, ct).ConfigureAwait(false);
        return message.Response.IsError
            ? throw new RequestFailedException(message.Response, null, AcsErrorDetailsParser.Instance)
            : message.Response;
    }

    private static DelayStrategy RetryDelays(RetryOptions retry) => retry.Mode == RetryMode.Fixed
        ? DelayStrategy.CreateFixedDelayStrategy(retry.Delay)
        : DelayStrategy.CreateExponentialDelayStrategy(retry.Delay, retry.MaxDelay);
}
