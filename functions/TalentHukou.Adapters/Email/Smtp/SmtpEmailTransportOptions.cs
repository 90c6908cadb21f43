using System.ComponentModel.DataAnnotations;

namespace TalentHukou.Adapters.Email.Smtp;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a local catcher such as maildev.</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}

/// <summary>
/// Settings of the SMTP transport, section <c>Email:Smtp</c>. The defaults fit a local mail catcher on
/// <c>localhost:1025</c> without TLS or login.
/// </summary>
public sealed class SmtpEmailTransportOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Email:Smtp";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 1025;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>Login name; no authentication when empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required, EmailAddress]
    public string SenderAddress { get; set; } = "noreply@talenthukou.local";

    public string SenderName { get; set; } = "广州市引进在职人才入户系统";

    /// <summary>Timeout of each SMTP network operation.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
