using System.ComponentModel.DataAnnotations;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// Settings of the ACS transport, section <c>Email:Acs</c>: either <see cref="ConnectionString"/> (access key) or
/// <see cref="Endpoint"/> with a managed identity; the sender address; how long to poll for the final status.
/// </summary>
public sealed class AcsEmailTransportOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Email:Acs";

    /// <summary><c>endpoint=https://...;accesskey=...</c>; keep it in Key Vault or user secrets.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The resource endpoint, used with a managed identity when there is no connection string.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The verified sender, e.g. <c>DoNotReply@xxxx.azurecomm.net</c>.</summary>
    [Required, EmailAddress]
    public string SenderAddress { get; set; } = "";

    /// <summary>
    /// Longest total wait between status polls before the send is reported as transient (polled again next try).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxPollingWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest <c>Retry-After</c> waited out in-process; longer throttles go back to the caller.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxInlineRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            string? problem = null;
            try
            {
                AcsConnectionString.Parse(ConnectionString);
            }
            catch (FormatException e)
            {
                problem = e.Message;
            }

            if (problem is not null)
            {
                yield return new ValidationResult(problem, [nameof(ConnectionString)]);
            }
        }
        else if (Endpoint is not { IsAbsoluteUri: true })
        {
            yield return new ValidationResult(
                "Set Email:Acs:ConnectionString, or Email:Acs:Endpoint (absolute URL) to use a managed identity.",
                [nameof(ConnectionString), nameof(Endpoint)]);
        }
    }
}
