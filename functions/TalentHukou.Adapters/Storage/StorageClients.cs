using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Storage;

/// <summary>The service's Table and Blob clients, built once from <see cref="StorageOptions"/>.</summary>
public sealed class StorageClients
{
    private readonly string _prefix;

    public StorageClients(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        _prefix = o.NamePrefix;
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            Tables = new TableServiceClient(o.ConnectionString, Gated(new TableClientOptions()));
            Blobs = new BlobServiceClient(o.ConnectionString, Gated(new BlobClientOptions()));
        }
        else
        {
            var credential = new DefaultAzureCredential();
            Tables = new TableServiceClient(new Uri($"https://{o.AccountName}.table.core.windows.net"), credential,
                Gated(new TableClientOptions()));
            Blobs = new BlobServiceClient(new Uri($"https://{o.AccountName}.blob.core.windows.net"), credential,
                Gated(new BlobClientOptions()));
        }
    }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    /// <summary>
    /// The client of one of the service's tables (which <see cref="StorageInitializer"/> has created).
    /// </summary>
    public TableClient Table(string name) => Tables.GetTableClient(_prefix + name);

    /// <summary>The client of one of the service's private blob containers.</summary>
    public BlobContainerClient Container(string name) =>
        Blobs.GetBlobContainerClient((_prefix + name).ToLowerInvariant());

    /// <summary>Every request once per call (not per retry) through the write gate (ADR 0035).</summary>
    private static T Gated<T>(T options) where T : ClientOptions
    {
        options.AddPolicy(new StorageWriteGatePolicy(), HttpPipelinePosition.PerCall);
        return options;
    }
}
