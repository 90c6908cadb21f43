using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Card PDFs in the private <c>cards</c> container, named from ids only: <c>{applicationId}/{cardNumber}.pdf</c>.
/// </summary>
public sealed class CardDocuments(StorageClients storage)
{
    public const string ContentType = "application/pdf";

    private BlobContainerClient Container => storage.Container(StorageNames.CardsContainer);

    public static string BlobNameFor(string applicationId, string cardNumber) => $"{applicationId}/{cardNumber}.pdf";

    /// <summary>Uploads (or, on a retry, overwrites) the card's PDF.</summary>
    public async Task<string> StoreAsync(string applicationId, string cardNumber, byte[] pdf, CancellationToken ct)
    {
        var name = BlobNameFor(applicationId, cardNumber);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = ContentType } };
        await Container.GetBlobClient(name).UploadAsync(new BinaryData(pdf), options, ct);
        return name;
    }

    /// <summary>The PDF's content stream, or null when the blob does not exist.</summary>
    public async Task<Stream?> OpenAsync(string blobName, CancellationToken ct)
    {
        try
        {
            var download = await Container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: ct);
            return download.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string applicationId, string cardNumber, CancellationToken ct) =>
        (await Container.GetBlobClient(BlobNameFor(applicationId, cardNumber))
            .DeleteIfExistsAsync(cancellationToken: ct)).Value;
}
