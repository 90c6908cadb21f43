using Azure.Data.Tables;
using TalentHukou.Domain.Support;

namespace TalentHukou.Adapters.Support;

/// <summary>Maps a ticket to and from its Table row.</summary>
internal static class SupportTicketEntity
{
    public static TableEntity From(SupportTicket t, string partition) => new(partition, t.TicketId)
    {
        ["AuthorSub"] = t.AuthorSub,
        ["Category"] = t.Category.ToString(),
        ["Status"] = t.Status.ToString(),
        ["Description"] = t.Description,
        ["MaskedName"] = t.Contact.MaskedName,
        ["ProtectedName"] = t.Contact.ProtectedName,
        ["MaskedIdNumber"] = t.Contact.MaskedIdNumber,
        ["IdNumberIndex"] = t.Contact.IdNumberIndex,
        ["MaskedPhone"] = t.Contact.MaskedPhone,
        ["ProtectedPhone"] = t.Contact.ProtectedPhone,
        ["PhoneVerified"] = t.Contact.PhoneVerified,
        ["Email"] = t.Contact.Email,
        ["ScreenshotId"] = t.ScreenshotId,
        ["FiledAt"] = t.FiledAt,
        ["DueBy"] = t.DueBy,
        ["Round"] = t.Round,
        ["RemindedAt"] = t.RemindedAt,
        ["EscalatedAt"] = t.EscalatedAt,
        ["AnsweredAt"] = t.AnsweredAt,
        ["ClosedAt"] = t.ClosedAt,
    };

    public static SupportTicket ToTicket(TableEntity e) => new(
        e.RowKey,
        e.GetString("AuthorSub"),
        Enum.Parse<TicketCategory>(e.GetString("Category")),
        Enum.Parse<TicketStatus>(e.GetString("Status")),
        e.GetString("Description") ?? "",
        new TicketContact(
            e.GetString("MaskedName") ?? "",
            e.GetString("ProtectedName") ?? "",
            e.GetString("MaskedIdNumber") ?? "",
            e.GetString("IdNumberIndex") ?? "",
            e.GetString("MaskedPhone") ?? "",
            e.GetString("ProtectedPhone") ?? "",
            e.GetString("Email") ?? "")
        {
            PhoneVerified = e.GetBoolean("PhoneVerified") ?? false,
        },
        e.GetString("ScreenshotId") ?? "", e.GetDateTimeOffset("FiledAt")!.Value, e.GetDateTimeOffset("DueBy")!.Value)
    {
        Round = e.GetInt32("Round") ?? 0,
        RemindedAt = e.GetDateTimeOffset("RemindedAt"),
        EscalatedAt = e.GetDateTimeOffset("EscalatedAt"),
        AnsweredAt = e.GetDateTimeOffset("AnsweredAt"),
        ClosedAt = e.GetDateTimeOffset("ClosedAt"),
        ETag = e.ETag,
    };
}
