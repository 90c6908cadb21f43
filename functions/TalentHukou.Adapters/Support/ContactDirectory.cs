using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Seed;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Routing;

namespace TalentHukou.Adapters.Support;

/// <summary>
/// The city and district HRSS contacts from the operator-edited <c>contacts.json</c>, served exactly as the file has
/// them. The file is read again whenever it changes, so an operator's edit needs no restart.
/// </summary>
public sealed class ContactDirectory(IOptions<SeedOptions> options)
{
    public const string FileName = "contacts.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();
    private (DateTime WrittenAt, ContactFile File)? _cached;

    public ContactFile Read()
    {
        var path = options.Value.PathOf(FileName);
        var writtenAt = File.GetLastWriteTimeUtc(path);
        lock (_gate)
        {
            if (_cached is { } cached && cached.WrittenAt == writtenAt) return cached.File;
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<ContactFile>(stream, Json)
                ?? throw new InvalidDataException($"{FileName} is empty.");
            _cached = (writtenAt, file);
            return file;
        }
    }
}

/// <summary>The contacts file: a note for operators and the entries.</summary>
public sealed record ContactFile(string? About, IReadOnlyList<HrssContact> Contacts);

/// <summary>
/// One HRSS office. <see cref="Confirmed"/> is the operators' flag that phone, address and hours were checked against
/// the bureau's official announcement; the file ships with those fields empty and the flag false.
/// </summary>
[Description("人社部门联系方式。A city or district HRSS contact (seed Q8).")]
public sealed record HrssContact(
    [Description("机构编号。city, or the district's code.")] string Id,
    [WireValues(typeof(ApplicationRoute), Schema = "RouteLevel")] string Level,
    [WireValues(typeof(Districts), Member = nameof(Districts.Names), Schema = "District")] string? District,
    [Description("机构名称。The office's full name.")] string Name,
    string? Phone,
    [Description("办公地址。null until the operators record it.")] string? Address,
    [Description("办公时间。Free text as the office publishes it; null until recorded.")] string? Hours,
    bool Confirmed)
{
    [Description("是否完整。True when confirmed and phone, address and hours are all known.")]
    public bool IsComplete =>
        Confirmed
        && !string.IsNullOrWhiteSpace(Phone)
        && !string.IsNullOrWhiteSpace(Address)
        && !string.IsNullOrWhiteSpace(Hours);
}
