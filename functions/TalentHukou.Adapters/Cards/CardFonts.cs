using PdfSharp.Fonts;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Registers <see cref="CardFontResolver"/> with PDFsharp once per process. PDFsharp keeps one global
/// resolver (and one fallback) that must not change once fonts were used, so this is the only place that sets it.
/// </summary>
public static class CardFonts
{
    private static readonly Lock Gate = new();
    private static CardFontResolver? registered;

    /// <summary>
    /// Makes the card fonts resolvable: as the global resolver when none is set, otherwise as the fallback.
    /// Safe to call any number of times from any thread.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref registered) is not null)
            return;
        lock (Gate)
        {
            if (registered is not null)
                return;
            var resolver = new CardFontResolver();
            if (GlobalFontSettings.FontResolver is null or CardFontResolver)
                GlobalFontSettings.FontResolver ??= resolver;
            else if (GlobalFontSettings.FallbackFontResolver is null or CardFontResolver)
                GlobalFontSettings.FallbackFontResolver ??= resolver;
            else
                throw new InvalidOperationException(
                    "PDFsharp already has a font resolver and a fallback resolver; neither serves the card fonts.");
            Volatile.Write(ref registered, resolver);
        }
    }
}
