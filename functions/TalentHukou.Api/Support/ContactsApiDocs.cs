using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Support;

/// <summary>The OpenAPI words of <see cref="ContactsApi"/>'s routes, by route name.</summary>
internal static class ContactsApiDocs
{
    public static ApiDoc GetContacts { get; } = new(
        "The city and district HRSS contacts (from the operators' data file)",
        Response: typeof(ContactsResponse));
}
