namespace TalentHukou.Adapters.Sms;

/// <summary>
/// What became of one send: <see cref="Accepted"/>; <see cref="Failed"/> (permanent: invalid or unreachable number,
/// number opted out, template refused); <see cref="Transient"/> (throttled or refused for now: nothing was sent);
/// <see cref="Unknown"/> (no answer: it may have been sent, so reconcile before sending again).
/// </summary>
public abstract record SmsSendOutcome
{
    private SmsSendOutcome()
    {
    }

    public sealed record Accepted(string SerialNo) : SmsSendOutcome;

    public sealed record Failed(string Code) : SmsSendOutcome;

    public sealed record Transient(TimeSpan? RetryAfter, string Code) : SmsSendOutcome;

    public sealed record Unknown(string Code) : SmsSendOutcome;
}
