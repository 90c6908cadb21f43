using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Support;
using TalentHukou.Workflows.Support;

namespace TalentHukou.Api.Support;

/// <summary>What the contacts route uses: the operators' contact list and the support mailbox.</summary>
public sealed record ContactServices(ContactDirectory Contacts, IOptions<SupportOptions> Support);
