using System.Buffers;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace TalentHukou.Adapters.Storage;

/// <summary>
/// Uploaded files in private containers. Uploads stream: the source is read one block at a time into a single pooled
/// buffer and staged, then the block list is committed, so a file never sits in memory whole.
/// </summary>
public sealed class PrivateBlobs(StorageClients storage)
{
    /// <summary>The size of one staged block (and of the only buffer an upload holds).</summary>
    public const int BlockBytes = 1024 * 1024;

    /// <summary>
    /// Streams <paramref name="source"/> to a new blob; returns its length. Nothing is visible until the commit.
    /// </summary>
    public async Task<long> UploadAsync(
        string container,
        string blobName,
        Stream source,
        string contentType,
        IDictionary<string, string> metadata,
        CancellationToken ct)
    {
        var blob = storage.Container(container).GetBlockBlobClient(blobName);
        var buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        try
        {
            var blocks = new List<string>();
            long length = 0;
            while (true)
            {
                var filled = await FillAsync(source, buffer.AsMemory(0, BlockBytes), ct);
                if (filled == 0) break;
                var blockId = Convert.ToBase64String(BitConverter.GetBytes((long)blocks.Count));
                using (var block = new MemoryStream(buffer, 0, filled, writable: false))
                    await blob.StageBlockAsync(blockId, block, cancellationToken: ct);
                blocks.Add(blockId);
                length += filled;
                if (filled < BlockBytes) break;
            }
            await blob.CommitBlockListAsync(blocks, new CommitBlockListOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Metadata = metadata,
            }, ct);
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The blob's content and type, or null when it does not exist.</summary>
    public async Task<StoredFile?> OpenReadAsync(string container, string blobName, CancellationToken ct)
    {
        try
        {
            var download = await storage.Container(container).GetBlobClient(blobName)
                .DownloadStreamingAsync(cancellationToken: ct);
            var details = download.Value.Details;
            return new StoredFile(download.Value.Content, details.ContentType, details.ContentLength);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Deletes the blob (and any uncommitted blocks); a missing blob is fine.</summary>
    public Task DeleteAsync(string container, string blobName, CancellationToken ct) =>
        storage.Container(container).GetBlobClient(blobName)
            .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: ct);

    private static async Task<int> FillAsync(Stream source, Memory<byte> buffer, CancellationToken ct)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await source.ReadAsync(buffer[filled..], ct);
            if (read == 0) break;
            filled += read;
        }
        return filled;
    }
}

/// <summary>A stored file opened for reading: the caller disposes <see cref="Content"/>.</summary>
public sealed record StoredFile(Stream Content, string ContentType, long Length);
