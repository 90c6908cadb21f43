using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Registry;

namespace TalentHukou.Workflows.Seed;

/// <summary>Loads the demonstration registry data at start-up; entries that already exist are left untouched.</summary>
public sealed partial class SeedDataLoader(IOptions<SeedOptions> options, EmployerDirectory employers, TimeProvider time, ILogger<SeedDataLoader> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public async Task LoadAsync(CancellationToken ct)
    {
        if (!options.Value.LoadDemoEmployers) return;
        await using var file = File.OpenRead(options.Value.PathOf("employers.json"));
        var seed = await JsonSerializer.DeserializeAsync<EmployerSeedFile>(file, Json, ct) ?? throw new InvalidDataException("employers.json is empty.");
        var added = 0;
        foreach (var e in seed.Employers)
        {
            if (await employers.GetAsync(e.EmployerId, ct) is not null) continue;
            var details = new EmployerDetails(e.Name, e.CreditCode, e.Kind, e.District, e.Address, e.ContactName, e.ContactPhone);
            await employers.SaveAsync(new EmployerRecord(e.EmployerId, details, time.GetUtcNow()), ct);
            added++;
        }
        LogLoaded(logger, added, seed.Employers.Count);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Seed data: {Added} of {Total} demonstration employers added")]
    private static partial void LogLoaded(ILogger logger, int added, int total);

    private sealed record EmployerSeedFile(List<EmployerSeed> Employers);

    private sealed record EmployerSeed(string EmployerId, string Name, string CreditCode, EmployerKind Kind, string District, string Address, string ContactName, string ContactPhone);
}
