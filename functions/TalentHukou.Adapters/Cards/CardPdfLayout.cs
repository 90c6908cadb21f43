using System.Globalization;
using PdfSharp.Drawing;

namespace TalentHukou.Adapters.Cards;

/// <summary>Where everything sits on the A5 landscape card.</summary>
internal static class CardPdfLayout
{
    private const double Margin = 48;
    private const double QrSize = 150;
    private const double FirstRowBaseline = 108;
    private const double RowHeight = 26;
    private const double ValueLeft = 140;
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static void Draw(XGraphics graphics, CardContent card, string keyId, XImage qrCode)
    {
        var width = graphics.PageSize.Width;
        var height = graphics.PageSize.Height;
        var text = new CardTextWriter(graphics);
        graphics.DrawRectangle(new XPen(XColors.DarkRed, 1.5), 18, 18, width - 36, height - 36);
        text.Draw("《广州市入户人员信息卡》", width / 2, 62, 20, XBrushes.DarkRed, centered: true);
        graphics.DrawLine(new XPen(XColors.DarkRed, 0.75), Margin, 78, width - Margin, 78);

        var qrLeft = width - Margin - QrSize;
        var baseline = FirstRowBaseline;
        foreach (var (label, value) in Rows(card))
        {
            text.Draw(label, Margin, baseline, 11, XBrushes.DimGray);
            text.Draw(value, ValueLeft, baseline, 12, XBrushes.Black, maxWidth: qrLeft - ValueLeft - 12);
            baseline += RowHeight;
        }

        graphics.DrawImage(qrCode, qrLeft, FirstRowBaseline - 14, QrSize, QrSize);
        var qrCentre = qrLeft + QrSize / 2;
        text.Draw("扫码核验真伪", qrCentre, FirstRowBaseline + QrSize + 4, 9, XBrushes.DimGray, centered: true);
        text.Draw(
            $"签名密钥 {keyId}",
            qrCentre,
            FirstRowBaseline + QrSize + 16,
            6,
            XBrushes.Gray,
            maxWidth: QrSize + 30,
            centered: true);
        text.Draw($"本卡由{card.Issuer}签发，扫描二维码可核验真伪。", width / 2, height - 30, 8, XBrushes.Gray, centered: true);
    }

    private static IEnumerable<(string Label, string Value)> Rows(CardContent card) =>
    [
        ("姓名", card.ApplicantName),
        ("身份证号码", card.MaskedIdNumber),
        ("引进单位", card.EmployerName),
        ("接收人社部门", card.DestinationHrss),
        ("指标卡号", card.CardNumber),
        ("签发日期", ChineseDate(DateOnly.FromDateTime(card.IssuedAt.ToOffset(ChinaStandardTime).DateTime))),
        ("有效期至", ChineseDate(card.ValidUntil)),
        ("签发单位", card.Issuer),
        ("申请编号", card.ApplicationId),
    ];

    private static string ChineseDate(DateOnly date) => date.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture);
}
