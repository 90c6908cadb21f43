using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Registry;

namespace TalentHukou.Adapters.Seed;

/// <summary>
/// Loads the registry data files at start-up (the schools and their majors always, the demonstration employers when
/// enabled); entries that already exist are left untouched. Warns while the contacts file still lacks what operators
/// must fill in.
/// </summary>
public sealed partial class SeedDataLoader(
    IOptions<SeedOptions> options,
    EmployerDirectory employers,
    SchoolDirectory schools,
    MajorDirectory majors,
    ContactDirectory contacts,
    TimeProvider time,
    ILogger<SeedDataLoader> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public async Task LoadAsync(CancellationToken ct)
    {
        await LoadSchoolsAsync(ct);
        if (options.Value.LoadDemoEmployers == true) await LoadEmployersAsync(ct);
        var incomplete = contacts.Read().Contacts.Count(c => !c.IsComplete);
        if (incomplete > 0) LogContactsIncomplete(logger, incomplete, options.Value.PathOf(ContactDirectory.FileName));
    }

    private async Task LoadEmployersAsync(CancellationToken ct)
    {
        var seed = await ReadAsync<EmployerSeedFile>("employers.json", ct);
        var added = 0;
        foreach (var e in seed.Employers)
        {
            if (await employers.GetAsync(e.EmployerId, ct) is not null) continue;
            var details = new EmployerDetails(
                e.Name, e.CreditCode, e.Kind, e.District, e.Address, e.ContactName, e.ContactPhone);
            await employers.SaveAsync(new EmployerRecord(e.EmployerId, details, time.GetUtcNow()), ct);
            added++;
        }
        LogLoaded(logger, added, seed.Employers.Count, "demonstration employers");
    }

    private async Task LoadSchoolsAsync(CancellationToken ct)
    {
        var seed = await ReadAsync<SchoolSeedFile>("schools.json", ct);
        int added = 0, total = 0;
        foreach (var s in seed.Schools)
        {
            total++;
            if (await schools.GetAsync(s.SchoolId, ct) is null)
            {
                await schools.SaveAsync(new SchoolRecord(s.SchoolId, s.Name, s.District, time.GetUtcNow()), ct);
                added++;
            }
            foreach (var m in s.Majors)
            {
                total++;
                if (await majors.GetAsync(s.SchoolId, m.MajorId, ct) is not null) continue;
                await majors.SaveAsync(new MajorRecord(m.MajorId, s.SchoolId, m.Name, time.GetUtcNow()), ct);
                added++;
            }
        }
        LogLoaded(logger, added, total, "schools and majors");
    }

    private async Task<T> ReadAsync<T>(string fileName, CancellationToken ct)
    {
        await using var file = File.OpenRead(options.Value.PathOf(fileName));
        return await JsonSerializer.DeserializeAsync<T>(file, Json, ct)
            ?? throw new InvalidDataException($"{fileName} is empty.");
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Seed data: {Added} of {Total} {What} added")]
    private static partial void LogLoaded(ILogger logger, int added, int total, string what);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Contacts: {Count} HRSS entries still lack a phone, address or hours, or are unconfirmed; "
            + "operators must fill them in ({Path})")]
    private static partial void LogContactsIncomplete(ILogger logger, int count, string path);

    private sealed record EmployerSeedFile(List<EmployerSeed> Employers);

    private sealed record EmployerSeed(
        string EmployerId,
        string Name,
        string CreditCode,
        EmployerKind Kind,
        string District,
        string Address,
        string ContactName,
        string ContactPhone);

    private sealed record SchoolSeedFile(List<SchoolSeed> Schools);

    private sealed record SchoolSeed(string SchoolId, string Name, string? District, List<MajorSeed> Majors);

    private sealed record MajorSeed(string MajorId, string Name);
}
