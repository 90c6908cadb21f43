using System.Text.Json.Serialization;

namespace TalentHukou.Adapters.Email;

/// <summary>
/// What became of one send, for the caller (the durable outbox) to decide on a retry:
/// <see cref="Succeeded"/>; <see cref="Failed"/> (do not retry this operation; <c>Permanent</c> false means
/// a new send under a new operation id may still succeed); <see cref="Transient"/> (retry the same operation id later).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "outcome")]
[JsonDerivedType(typeof(Succeeded), "succeeded")]
[JsonDerivedType(typeof(Failed), "failed")]
[JsonDerivedType(typeof(Transient), "transient")]
public abstract record EmailSendOutcome
{
    private EmailSendOutcome()
    {
    }

    /// <summary>The provider accepted and delivered (ACS) or relayed (SMTP) the message.</summary>
    /// <param name="ProviderMessageId">The provider's id of the message: ACS operation id or SMTP Message-Id.</param>
    public sealed record Succeeded(string ProviderMessageId) : EmailSendOutcome;

    /// <summary>The provider refused the message or the operation ended without delivery.</summary>
    /// <param name="Permanent">True when sending it again cannot help (bad address, bad credentials, rejected
    /// content).</param>
    /// <param name="Reason">A provider error code or short reason, free of personal data.</param>
    public sealed record Failed(bool Permanent, string Reason) : EmailSendOutcome;

    /// <summary>The provider was unreachable, busy or throttling: send again with the same operation id.</summary>
    /// <param name="RetryAfter">How long the provider asked to wait, when it said so.</param>
    /// <param name="Reason">A provider error code or short reason, free of personal data.</param>
    public sealed record Transient(TimeSpan? RetryAfter, string Reason) : EmailSendOutcome;
}
