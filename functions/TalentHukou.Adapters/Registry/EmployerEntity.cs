using Azure.Data.Tables;
using TalentHukou.Domain.Registry;

namespace TalentHukou.Adapters.Registry;

/// <summary>Maps an employer to and from its Table row.</summary>
internal static class EmployerEntity
{
    public static TableEntity From(EmployerRecord record, string partition) => new(partition, record.EmployerId)
    {
        ["Name"] = record.Details.Name,
        ["CreditCode"] = record.Details.CreditCode,
        ["Kind"] = record.Details.Kind.ToString(),
        ["District"] = record.Details.District,
        ["Address"] = record.Details.Address,
        ["ContactName"] = record.Details.ContactName,
        ["ContactPhone"] = record.Details.ContactPhone,
        ["UpdatedAt"] = record.UpdatedAt,
    };

    public static EmployerRecord ToRecord(TableEntity e) => new(
        e.RowKey,
        new EmployerDetails(
            e.GetString("Name"),
            e.GetString("CreditCode"),
            Enum.Parse<EmployerKind>(e.GetString("Kind")),
            e.GetString("District"),
            e.GetString("Address") ?? "",
            e.GetString("ContactName") ?? "",
            e.GetString("ContactPhone") ?? ""),
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
