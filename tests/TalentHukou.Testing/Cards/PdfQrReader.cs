using StbImageSharp;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;

namespace TalentHukou.Testing.Cards;

/// <summary>
/// Decodes the QR code of the one image embedded in a PDF. The extracted image is exactly the code with its quiet zone,
/// so it is read in ZXing's pure-barcode mode: its finder-pattern detector, meant for photos, misses about one
/// clean code in a hundred (signatures vary per card), which made card tests fail at random.
/// </summary>
public static class PdfQrReader
{
    public static string ReadSingleQrCode(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.True(image.TryGetPng(out var png), "PdfPig could not convert the embedded image to PNG.");

        var pixels = ImageResult.FromMemory(png, ColorComponents.Grey);
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions
            {
                PossibleFormats = [BarcodeFormat.QR_CODE],
                PureBarcode = true,
                TryHarder = true,
            },
        };
        var result = reader.Decode(new RGBLuminanceSource(
            pixels.Data,
            pixels.Width,
            pixels.Height,
            RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.NotNull(result);
        return result.Text;
    }
}
