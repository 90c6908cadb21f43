using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Notifications.Verification;

/// <summary>
/// Phone verification, section <c>Sms:Verification</c>: how long a code holds (the approved template promises 10
/// minutes, so never longer), how many wrong codes end it, how long a confirmed number may be named by a submission,
/// and the frequency limits per number and per caller (on top of the per-number SMS limit of the outbox).
/// </summary>
public sealed class PhoneVerificationOptions : ISelfValidatingOptions
{
    public const string SectionName = "Sms:Verification";

    /// <summary>What the approved verification template tells the person.</summary>
    public static readonly TimeSpan PromisedLifetime = TimeSpan.FromMinutes(10);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CodeLifetime { get; set; } = PromisedLifetime;

    [Range(1, 10)]
    public int MaxWrongCodes { get; set; } = 5;

    /// <summary>How long after confirmation a submission or ticket may name the verification.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan UsableFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Codes to one number per hour (one per minute in any case).</summary>
    [Range(1, 10)]
    public int PerNumberPerHour { get; set; } = 5;

    /// <summary>Codes one caller may ask for per hour, whatever the numbers.</summary>
    [Range(1, 50)]
    public int PerCallerPerHour { get; set; } = 10;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (CodeLifetime > PromisedLifetime)
            yield return "Sms:Verification:CodeLifetime may not exceed the 10 minutes the template promises.";
    }
}
