namespace TalentHukou.Adapters.Email.Acs;

/// <summary>The body of <c>POST /emails:send</c>, serialized in camelCase.</summary>
public sealed record AcsEmailMessage(string SenderAddress, AcsEmailContent Content, AcsEmailRecipients Recipients)
{
    /// <summary>Reply-to addresses; empty for none.</summary>
    public IReadOnlyList<AcsEmailAddress> ReplyTo { get; init; } = [];

    /// <summary>True to switch off open and click tracking (the default: notices carry no trackers).</summary>
    public bool UserEngagementTrackingDisabled { get; init; } = true;
}

/// <summary>Subject and bodies of an ACS e-mail.</summary>
public sealed record AcsEmailContent(string Subject, string? PlainText, string? Html);

/// <summary>The recipients of an ACS e-mail.</summary>
public sealed record AcsEmailRecipients(IReadOnlyList<AcsEmailAddress> To);

/// <summary>An ACS e-mail address with optional display name.</summary>
public sealed record AcsEmailAddress(string Address, string? DisplayName = null);
