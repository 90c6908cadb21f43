namespace TalentHukou.Adapters.Email;

/// <summary>Which provider sends e-mail.</summary>
public enum EmailTransportKind
{
    /// <summary>MailKit to an SMTP server; the default, a local catcher on <c>localhost:1025</c>.</summary>
    Smtp,

    /// <summary>Azure Communication Services Email.</summary>
    Acs,
}

/// <summary>
/// E-mail settings, section <c>Email</c>: <c>Email:Transport</c> is <c>Smtp</c> (default) or <c>Acs</c>.
/// </summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Email";

    public EmailTransportKind Transport { get; set; } = EmailTransportKind.Smtp;

    /// <summary>How long <c>/api/health</c> waits for the transport's reachability check.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00.100", "00:00:05")]
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
