using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Testing.Storage;

/// <summary>
/// Storage clients on the test Azurite (that ./test.sh starts), with table names unique to one test class.
/// </summary>
public static class TestStorage
{
    public static async Task<StorageClients> CreateAsync(params string[] tables)
    {
        var connection = Environment.GetEnvironmentVariable("TALENTHUKOU_TEST_STORAGE") is { Length: > 0 } value
            ? value
            : "UseDevelopmentStorage=true";
        var clients = new StorageClients(Options.Create(new StorageOptions
        {
            ConnectionString = connection,
            NamePrefix = "w" + Guid.NewGuid().ToString("N")[..10],
        }));
        foreach (var table in tables) await clients.Table(table).CreateIfNotExistsAsync();
        return clients;
    }
}

/// <summary>An options monitor with a value the test sets.</summary>
public sealed class TestOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue { get; set; } = value;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
