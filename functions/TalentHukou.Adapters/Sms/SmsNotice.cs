namespace TalentHukou.Adapters.Sms;

/// <summary>The texts sent by SMS; each has one approved template (<see cref="SmsTemplates"/>).</summary>
public enum SmsNotice
{
    VerificationCode,
    CardIssued,
    PublicityStarted,
    PublicityPassed,
    ReturnedForCorrection,
    Approved,
    Rejected,
    WithdrawalConfirmed,
    TicketAnswered,
    RegistryRequestDecided,
}

/// <summary>
/// What a template variable may hold, with the longest value we send (the vendor's rules cap it lower still).
/// </summary>
public enum SmsParameterKind
{
    /// <summary>A masked name or surname with 先生/女士: at most 6 characters.</summary>
    Greeting,

    /// <summary>A date such as 12月31日: at most 6 characters.</summary>
    Date,

    /// <summary>A one-time code: 4 to 6 digits (the vendor allows at most 6 digits for a code).</summary>
    Code,
}
