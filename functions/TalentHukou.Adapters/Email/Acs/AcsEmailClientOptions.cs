using Azure.Core;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// Options for <see cref="AcsEmailClient"/>: Azure.Core's transport, retry and diagnostics settings plus the
/// service version, the clock and how polling and throttling behave.
/// </summary>
public sealed class AcsEmailClientOptions : ClientOptions
{
    /// <summary>The Email REST API version sent as <c>api-version</c>.</summary>
    public string ApiVersion { get; set; } = "2025-09-01";

    /// <summary>The clock for <c>x-ms-date</c> and for waits between polls (a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Wait between polls when the service sends no <c>retry-after</c>.</summary>
    public TimeSpan DefaultPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest <c>Retry-After</c> the pipeline waits out in-process on 429/503; a longer one surfaces as a
    /// <see cref="Azure.RequestFailedException"/> (see <see cref="ThrottleAwareRetryPolicy"/>).
    /// Ignored when <see cref="ClientOptions.RetryPolicy"/> is set.
    /// </summary>
    public TimeSpan MaxInlineRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
