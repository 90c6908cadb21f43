using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Storage;

/// <summary>
/// Where the service keeps its own tables and blobs: a connection string locally,
/// the account name (managed identity) in Azure.
/// </summary>
public sealed class StorageOptions : ISelfValidatingOptions
{
    public const string SectionName = "Storage";

    /// <summary>A storage connection string, e.g. <c>UseDevelopmentStorage=true</c> for Azurite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account name, used with <c>DefaultAzureCredential</c> when no connection string is given.</summary>
    public string? AccountName { get; set; }

    /// <summary>Prefix for every table and container name, so several hosts can share one account (tests do).</summary>
    public string NamePrefix { get; set; } = "";

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(AccountName))
            yield return "Storage:ConnectionString or Storage:AccountName must be set.";
    }
}
