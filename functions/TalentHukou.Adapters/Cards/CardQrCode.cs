using QRCoder;

namespace TalentHukou.Adapters.Cards;

/// <summary>Renders a verification address as a QR code PNG.</summary>
public static class CardQrCode
{
    private static readonly byte[] Black = [0, 0, 0];
    private static readonly byte[] White = [255, 255, 255];

    /// <summary>
    /// PNG bytes of a QR code (error correction M, quiet zone included) for <paramref name="url"/>.
    /// Explicit colours make QRCoder write a 1-bit palette PNG, which PDFsharp imports;
    /// its default 1-bit grey it does not.
    /// </summary>
    public static byte[] ToPng(Uri url, int pixelsPerModule = 8)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule, Black, White);
    }
}
