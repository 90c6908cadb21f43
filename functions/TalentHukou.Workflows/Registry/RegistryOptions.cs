using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Adapters.Registry;

namespace TalentHukou.Workflows.Registry;

/// <summary>The registry admins (section <c>Registry</c>): where overdue requests are escalated by e-mail.</summary>
public sealed class RegistryOptions : ISelfValidatingOptions
{
    public const string SectionName = "Registry";

    /// <summary>The registry admins' mailbox (by default the seed's back-office mailbox).</summary>
    public string TeamEmail { get; set; } = "hrssgz@gz.gov.cn";

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!Domain.Identity.EmailAddress.Parse(TeamEmail).IsValid)
            yield return "Registry:TeamEmail must be an email address.";
    }
}
