using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Serves the two fonts shipped inside this assembly (Cards/Fonts): Droid Sans Fallback for Chinese and
/// DejaVu Sans for Latin letters and digits. Returns null for any other family, so it can sit behind
/// another resolver as PDFsharp's fallback.
/// </summary>
public sealed class CardFontResolver : IFontResolver
{
    /// <summary>Family name of the Chinese font.</summary>
    public const string ChineseFamily = "TalentHukou Droid Sans Fallback";

    /// <summary>Family name of the Latin font.</summary>
    public const string LatinFamily = "TalentHukou DejaVu Sans";

    private static readonly Dictionary<string, string> ResourceByFamily = new(StringComparer.OrdinalIgnoreCase)
    {
        [ChineseFamily] = "TalentHukou.Cards.Fonts.DroidSansFallbackFull.ttf",
        [LatinFamily] = "TalentHukou.Cards.Fonts.DejaVuSans.ttf",
    };

    private readonly ConcurrentDictionary<string, byte[]> fontData = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        ResourceByFamily.TryGetValue(familyName, out var resource)
            ? new FontResolverInfo(resource, bold, italic)
            : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        ResourceByFamily.ContainsValue(faceName) ? fontData.GetOrAdd(faceName, ReadResource) : null;

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(CardFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
