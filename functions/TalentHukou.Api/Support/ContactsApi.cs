using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Support;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;

namespace TalentHukou.Api.Support;

/// <summary>
/// Seed Q8 (一): whom to call with a question about the business — the city HRSS and the 11 district HRSS, exactly as
/// the operators' <c>contacts.json</c> has them (fields the operators have not filled in yet are empty and
/// <c>confirmed</c> is false).
/// </summary>
public static class ContactsApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetContacts", "GET", "contacts", Access.Anyone, Handle.With<ContactServices>(List))
        {
            Doc = ContactsApiDocs.GetContacts,
        },
    ];

    public static Task<IResult> List(ApiRequest request, ContactServices services)
    {
        var file = services.Contacts.Read();
        var support = new TechnicalSupport(services.Support.Value.TeamEmail, "/api/support/tickets");
        IResult result = TypedResults.Ok(
            new ContactsResponse(file.Contacts, file.Contacts.All(c => c.IsComplete), support));
        return Task.FromResult(result);
    }
}

/// <summary>
/// The offices, whether every entry is filled in and confirmed, and where system problems go (seed Q8 (二)).
/// </summary>
[Description("人社部门联系方式。The city and district HRSS contacts.")]
public sealed record ContactsResponse(
    [Description("人社部门联系方式。The city HRSS and each district's, city first.")]
    IReadOnlyList<HrssContact> Contacts,
    [Description("是否齐全。True when every office's contact is confirmed and complete.")]
    bool Complete,
    [Description("技术支持。Where to get technical help.")]
    TechnicalSupport TechnicalSupport);

/// <summary>The technical support mailbox and the ticket route that serves it.</summary>
[Description("技术支持。Where to get technical help: an e-mail address and the support-ticket route.")]
public sealed record TechnicalSupport(string Email,
    [Description("工单入口。The API route that files a support ticket.")] string Tickets);
