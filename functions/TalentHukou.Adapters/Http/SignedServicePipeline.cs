using Azure.Core;
using Azure.Core.Pipeline;

namespace TalentHukou.Adapters.Http;

/// <summary>
/// The HTTP side of a hand-written service client (ACS Email, Tencent Cloud SMS): the service's endpoint and an
/// Azure.Core pipeline with the options' transport, retries and diagnostics, whose signing policy runs on every
/// attempt, so a retry is signed afresh (each signature carries its time).
/// </summary>
public sealed class SignedServicePipeline
{
    public SignedServicePipeline(Uri endpoint, ClientOptions options, HttpPipelinePolicy signing)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(signing);
        Endpoint = endpoint;
        Pipeline = HttpPipelineBuilder.Build(options, perRetryPolicies: [signing]);
    }

    public Uri Endpoint { get; }

    public HttpPipeline Pipeline { get; }
}
