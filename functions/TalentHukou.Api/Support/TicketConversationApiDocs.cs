using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Support;

/// <summary>The OpenAPI words of <see cref="TicketConversationApi"/>'s routes, by route name.</summary>
internal static class TicketConversationApiDocs
{
    public static ApiDoc ReplySupportTicket { get; } = new(
        "Support replies, optionally closing the ticket",
        typeof(TicketReplyBody), typeof(TicketView))
    {
        Problems = [409],
    };

    public static ApiDoc AddSupportTicketFollowUp { get; } = new(
        "The author adds a follow-up message",
        typeof(TicketFollowUpBody), typeof(TicketView))
    {
        Problems = [409],
    };
}
