using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Support;

namespace TalentHukou.Api.Support;

/// <summary>The OpenAPI words of <see cref="SupportTicketsApi"/>'s routes, by route name.</summary>
internal static class SupportTicketsApiDocs
{
    internal static readonly QueryParameter Status = QueryParameter.OneOf("status",
        WireEnum<TicketStatus>.ByName.Keys, "工单状态。Only tickets in this status.");

    public static ApiDoc FileSupportTicket { get; } = new(
        "File a support ticket with a full-screen screenshot (answered within 3 working days)",
        Response: typeof(TicketAccepted), Success: 202)
    {
        Form = typeof(TicketForm),
        Upload = TicketForm.Upload,
    };

    public static ApiDoc GetSupportTicket { get; } = new(
        "A ticket with its replies, due date and whether it is overdue",
        Response: typeof(TicketView));

    public static ApiDoc ListSupportTickets { get; } = new(
        "The support queue by due time with counts by status; mine=true (and anyone else): the caller's own tickets, "
        + "newest first",
        Response: typeof(TicketQueuePage))
    {
        Query = [QueryFilters.Mine, Status, QueryFilters.OverdueOnly, Paging.PageSize, Paging.ContinuationToken],
    };

    public static ApiDoc GetSupportTicketScreenshot { get; } = new(
        "A ticket's screenshot (its author and support only)")
    {
        MediaType = "image/*",
    };
}
