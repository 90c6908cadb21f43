using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Renders the 《广州市入户人员信息卡》 as an A5 landscape PDF: the card's fields, a QR code of its
/// verification link and the signing key id.
/// </summary>
public sealed class CardPdfRenderer(CardVerificationLink links)
{
    /// <summary>Title written to the PDF metadata.</summary>
    public const string DocumentTitle = "广州市入户人员信息卡";

    /// <summary>Renders the card to a byte array.</summary>
    public byte[] Render(CardContent card, CardSignature signature)
    {
        using var output = new MemoryStream();
        RenderTo(output, card, signature);
        return output.ToArray();
    }

    /// <summary>Writes the card PDF to <paramref name="output"/>, leaving the stream open.</summary>
    public void RenderTo(Stream output, CardContent card, CardSignature signature)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(signature);
        if (card.CardNumber != signature.Payload.CardNumber || card.ValidUntil != signature.Payload.ValidUntil)
            throw new ArgumentException("The signature belongs to another card.", nameof(signature));
        CardFonts.EnsureRegistered();

        using var document = new PdfDocument();
        document.Info.Title = DocumentTitle;
        document.Info.Creator = "TalentHukou";
        document.Info.Author = card.Issuer;
        var page = document.AddPage();
        page.Size = PageSize.A5;
        page.Orientation = PageOrientation.Landscape;
        using (var qrPng = new MemoryStream(CardQrCode.ToPng(links.Build(signature))))
        using (var qrCode = XImage.FromStream(qrPng))
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            qrCode.Interpolate = false;
            CardPdfLayout.Draw(graphics, card, signature.KeyId, qrCode);
        }
        document.Save(output, closeStream: false);
    }
}
