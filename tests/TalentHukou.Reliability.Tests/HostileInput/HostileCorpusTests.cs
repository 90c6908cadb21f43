using System.Text.Json;

namespace TalentHukou.Reliability.Tests.HostileInput;

/// <summary>The corpus itself, without a host: what its bodies try.</summary>
public sealed class HostileCorpusTests
{
    [Fact]
    public async Task Generate_RoutesWithYesNoFields_EachFieldTriedTrueAndFalse()
    {
        var victim = new VictimResources("A20990101T000000000000A", "TK20990101T000000000000", "李小龙");
        var withYesNo = HostileCorpus.WriteRoutes
            .Where(r => r.Doc?.Request?.GetProperties().Any(p => p.PropertyType == typeof(bool?)) == true)
            .Select(r => r.Name).ToHashSet();
        var tried = new Dictionary<string, HashSet<bool>>();
        foreach (var c in new HostileCorpus(new Random(20261206), victim).Generate(HostileInputTests.Requests)
            .Where(c => withYesNo.Contains(c.Route) && c.Kind is "hostile-values" or "token" or "role"))
        {
            using var request = c.Build();
            if (request.Content?.Headers.ContentType?.MediaType != "application/json") continue;
            using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync());
            if (body.RootElement.ValueKind != JsonValueKind.Object) continue;
            foreach (var field in body.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False))
            {
                var key = $"{c.Route}.{field.Name}";
                if (!tried.TryGetValue(key, out var values)) tried[key] = values = [];
                values.Add(field.Value.GetBoolean());
            }
        }

        Assert.Contains("OpsDuplicateCards.dryRun", tried.Keys);
        Assert.Equal(withYesNo.Order(), tried.Keys.Select(k => k.Split('.')[0]).Distinct().Order());
        Assert.All(tried, t => Assert.True(t.Value.Count == 2, $"{t.Key} is only ever {string.Join(", ", t.Value)}"));
    }
}
