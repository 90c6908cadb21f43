using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TalentHukou.Adapters.Cards;

/// <summary>Draws mixed Chinese and Latin text, one font per script run, on a shared baseline.</summary>
internal sealed class CardTextWriter(XGraphics graphics)
{
    private const double MinimumSize = 6;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly Dictionary<(bool IsChinese, double Size), XFont> fonts = [];

    /// <summary>
    /// Draws <paramref name="text"/> with its left end (or centre) at x and its baseline at y, shrunk to fit
    /// <paramref name="maxWidth"/>.
    /// </summary>
    public void Draw(
        string text,
        double x,
        double y,
        double size,
        XBrush brush,
        double maxWidth = double.MaxValue,
        bool centered = false)
    {
        var runs = CardTextRuns.Split(text);
        var width = Measure(runs, size);
        if (width > maxWidth)
        {
            size = Math.Max(MinimumSize, size * maxWidth / width);
            width = Measure(runs, size);
        }
        if (centered)
            x -= width / 2;
        foreach (var run in runs)
        {
            var font = Font(run.IsChinese, size);
            graphics.DrawString(run.Text, font, brush, x, y, XStringFormats.BaseLineLeft);
            x += graphics.MeasureString(run.Text, font).Width;
        }
    }

    private double Measure(IReadOnlyList<CardTextRun> runs, double size) =>
        runs.Sum(run => graphics.MeasureString(run.Text, Font(run.IsChinese, size)).Width);

    private XFont Font(bool isChinese, double size)
    {
        if (!fonts.TryGetValue((isChinese, size), out var font))
        {
            var family = isChinese ? CardFontResolver.ChineseFamily : CardFontResolver.LatinFamily;
            font = new XFont(family, size, XFontStyleEx.Regular, Unicode);
            fonts[(isChinese, size)] = font;
        }
        return font;
    }
}
