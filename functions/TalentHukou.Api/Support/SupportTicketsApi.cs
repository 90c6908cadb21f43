using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Support;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Registry;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Uploads;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Support;
using TalentHukou.Workflows.Support.UseCases;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Support;

/// <summary>
/// Seed Q8: the technical support mailbox as a service. Anyone signed in files a ticket with a screenshot; support
/// answers within 3 working days; the author and support alone see the ticket and its screenshot.
/// </summary>
public static class SupportTicketsApi
{
    private static QueryParameter PageSize => Paging.PageSize;
    private static QueryParameter ContinuationToken => Paging.ContinuationToken;

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("FileSupportTicket", "POST", "support/tickets", Access.SignedIn,
            Handle.With<SupportTicketServices>(FileTicket))
        {
            Idempotent = true,
            MaxBodyBytes = TicketForm.Upload.MaxBodyBytes,
            Doc = SupportTicketsApiDocs.FileSupportTicket,
        },
        new("GetSupportTicket", "GET", "support/tickets/{ticketId}", Access.SignedIn,
            Handle.With<SupportTicketServices>(Get)) { ETagged = true, Doc = SupportTicketsApiDocs.GetSupportTicket },
        new("ListSupportTickets", "GET", "support/tickets", Access.SignedIn, Handle.With<SupportTicketServices>(Queue))
        {
            Doc = SupportTicketsApiDocs.ListSupportTickets,
        },
        new("GetSupportTicketScreenshot", "GET", "support/tickets/{ticketId}/screenshot", Access.SignedIn,
            Handle.With<SupportTicketServices>(Screenshot)) { Doc = SupportTicketsApiDocs.GetSupportTicketScreenshot },
        .. TicketConversationApi.Routes,
    ];

    public static async Task<IResult> FileTicket(ApiRequest request, SupportTicketServices services)
    {
        await using var form = await MultipartForm.ReadAsync(
            request, services.Blobs, TicketForm.Upload, SchoolRequestsApi.Metadata(request, "support-ticket"));
        var v = new BodyValidator();
        var name = v.Check("name", PersonName.Parse(form.Field("name")));
        var idNumber = v.Check("idNumber", ResidentIdNumber.Parse(form.Field("idNumber"), services.Clock.Today));
        var phone = v.Check("phone", MobilePhone.Parse(form.Field("phone")));
        var email = v.Check("email", EmailAddress.Parse(form.Field("email")));
        var category = v.OneOf<TicketForm, TicketCategory>("category", form.Field("category")?.Trim());
        var description = v.Text<TicketForm>("description", form.Field("description"));
        form.CheckFileCount(v);
        if (!v.IsValid) return v.Problem();
        if (IdentityRefusal.For(services.Identity, request.Caller, idNumber!) is { } refused) return refused;
        var verified = await VerifiedPhoneAsync(request, services, form.Field("phoneVerificationId"), phone!, v);
        if (!v.IsValid) return v.Problem();

        var protector = services.Protector;
        var contact = new TicketContact(name!.Masked, protector.Encrypt(name.Value), idNumber!.Masked,
            protector.IndexOf(idNumber.Value), phone!.Masked, protector.Encrypt(phone.Value), email!.Value)
        { PhoneVerified = verified };
        var ticket = await services.Filer.FileAsync(
            request.Durable,
            request.Caller.Subject,
            category!.Value,
            description!,
            contact,
            form.Files[0].Id,
            request.Aborted);
        form.Keep();
        return TypedResults.Accepted(
            Location(ticket.TicketId),
            new TicketAccepted(ticket.TicketId, WireEnum<TicketStatus>.Name(ticket.Status), ticket.DueBy)
            {
                DueByProvisional = services.Clock.Calendar.IsProvisional(ticket.FiledAt, ticket.DueBy) ? true : null,
            });
    }

    /// <summary>Whether the ticket names the caller's confirmed verification of its phone (then the answer goes by SMS
    /// too).</summary>
    private static async Task<bool> VerifiedPhoneAsync(
        ApiRequest request, SupportTicketServices services, string? verificationId, MobilePhone phone, BodyValidator v)
    {
        if (string.IsNullOrEmpty(verificationId)) return false;
        var confirmed = Adapters.Sms.Verification.ContactVerificationIds.IsWellFormed(verificationId)
            && await services.Phones.IsConfirmedAsync(request.Caller.Subject, verificationId, phone, request.Aborted);
        v.Require(confirmed, "phoneVerificationId", "手机号码未通过验证或验证已过期",
            "No confirmed, current verification of this phone is yours under this id.");
        return confirmed;
    }

    public static async Task<IResult> Get(ApiRequest request, SupportTicketServices services)
    {
        var ticket = await VisibleTicketAsync(request, services.Tickets);
        if (ticket is null) return NotFound();
        var messages = await services.Tickets.ListMessagesAsync(ticket.TicketId, request.Aborted);
        return TypedResults.Ok(TicketView.From(ticket, services.Clock.UtcNow, services.Clock.Calendar, messages));
    }

    /// <summary>
    /// Support: the whole queue by due time, counts by status. Anyone else, or with <c>mine=true</c>: their own,
    /// newest first.
    /// </summary>
    public static async Task<IResult> Queue(ApiRequest request, SupportTicketServices services)
    {
        var query = request.Query();
        var mine = query.Flag(QueryFilters.Mine);
        var status = query.OneOf(SupportTicketsApiDocs.Status, WireEnum<TicketStatus>.ByName);
        var overdueOnly = query.Flag(QueryFilters.OverdueOnly);
        var pageSize = query.Integer(PageSize)!.Value;
        var token = query.Text(ContinuationToken);
        query.ThrowIfInvalid();
        // Anyone but the staff of this queue lists their own, mine=true or not.
        mine = mine || !request.Caller.IsIn(Roles.Support);
        var all = mine
            ? await services.Tickets.ListByAuthorAsync(request.Caller.Subject, request.Aborted)
            : await services.Tickets.ScanAsync(request.Aborted);
        var now = services.Clock.UtcNow;
        var chosen = all.Where(t => (status is null || t.Status == status) && (!overdueOnly || t.IsOverdueAt(now)));
        var (page, next) = mine
            ? WorkQueue.NewestFirst(chosen, t => t.TicketId, pageSize, token)
            : WorkQueue.Page(chosen, t => t.DueBy, t => t.TicketId, pageSize, token);
        var counts = mine
            ? null
            : all.GroupBy(t => WireEnum<TicketStatus>.Name(t.Status)).ToDictionary(g => g.Key, g => g.Count());
        return TypedResults.Ok(new TicketQueuePage(
            page.Select(t => TicketView.From(t, now, services.Clock.Calendar, null)).ToList(), next)
        {
            Counts = counts,
        });
    }

    public static async Task<IResult> Screenshot(ApiRequest request, SupportTicketServices services)
    {
        var ticket = await VisibleTicketAsync(request, services.Tickets);
        var file = ticket is null ? null
            : await services.Blobs.OpenReadAsync(
                StorageNames.SupportScreenshotsContainer, ticket.ScreenshotId, request.Aborted);
        return file is null ? NotFound() : PrivateFile.Result(request, file, ticket!.ScreenshotId);
    }

    /// <summary>
    /// The ticket of the route, if the caller is its author or support (anyone else cannot tell it exists).
    /// </summary>
    internal static async Task<SupportTicket?> VisibleTicketAsync(ApiRequest request, SupportTicketStore tickets)
    {
        var ticket = await tickets.GetAsync(request.RouteValue("ticketId"), request.Aborted);
        return ticket is not null && (ticket.AuthorSub == request.Caller.Subject || request.Caller.IsIn(Roles.Support))
            ? ticket
            : null;
    }

    internal static IResult NotFound() =>
        Problems.Problems.Result(SupportProblems.TicketNotFound, "No support ticket with this id is visible to you.");

    internal static string Location(string ticketId) => $"/api/support/tickets/{ticketId}";
}
