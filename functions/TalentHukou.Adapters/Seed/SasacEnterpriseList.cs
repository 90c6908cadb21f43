using System.Text.Json;
using Microsoft.Extensions.Options;
using TalentHukou.Domain.Text;

namespace TalentHukou.Adapters.Seed;

/// <summary>
/// The municipal SASAC enterprises (seed Q3's 23 enterprises), read from <c>sasac-enterprises.json</c>.
/// </summary>
public sealed class SasacEnterpriseList
{
    private readonly HashSet<string> _names;

    public SasacEnterpriseList(IOptions<SeedOptions> options)
    {
        using var file = File.OpenRead(options.Value.PathOf("sasac-enterprises.json"));
        var list = JsonSerializer.Deserialize<ListFile>(file, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("sasac-enterprises.json is empty.");
        _names = list.Enterprises.Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal);
    }

    public int Count => _names.Count;

    public bool Contains(string name) => _names.Contains(NameFolding.Fold(name));

    private sealed record ListFile(List<string> Enterprises);
}
