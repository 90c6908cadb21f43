using PdfSharp.Fonts;
using TalentHukou.Adapters.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

public sealed class CardFontsTests
{
    [Fact]
    public void EnsureRegistered_ManyThreads_RegistersOneCardResolver()
    {
        Parallel.For(0, 16, _ => CardFonts.EnsureRegistered());

        var resolver = GlobalFontSettings.FontResolver as CardFontResolver
            ?? GlobalFontSettings.FallbackFontResolver as CardFontResolver;
        Assert.NotNull(resolver);
        CardFonts.EnsureRegistered();
        Assert.Same(
            resolver,
            GlobalFontSettings.FontResolver as CardFontResolver ?? GlobalFontSettings.FallbackFontResolver);
    }

    [Theory]
    [InlineData(CardFontResolver.ChineseFamily, 4_000_000)]
    [InlineData(CardFontResolver.LatinFamily, 700_000)]
    public void GetFont_CardFamily_ReturnsEmbeddedTrueType(string family, int minimumBytes)
    {
        var resolver = new CardFontResolver();
        var info = resolver.ResolveTypeface(family, false, false);

        var data = resolver.GetFont(info!.FaceName);

        Assert.True(data!.Length > minimumBytes);
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, data[..4]); // TrueType outlines, not a collection
    }

    [Fact]
    public void ResolveTypeface_OtherFamily_ReturnsNullSoAnotherResolverCanServeIt() =>
        Assert.Null(new CardFontResolver().ResolveTypeface("Arial", false, false));

    [Theory]
    [InlineData("R2601234567805", new[] { "R2601234567805" }, new[] { false })]
    [InlineData(
        "2026年03月02日",
        new[] { "2026", "年", "03", "月", "02", "日" },
        new[] { false, true, false, true, false, true })]
    [InlineData("《广州市入户人员信息卡》", new[] { "《广州市入户人员信息卡》" }, new[] { true })]
    [InlineData("签名密钥 0a1b", new[] { "签名密钥", " 0a1b" }, new[] { true, false })]
    public void Split_MixedText_RunsByScript(string text, string[] runs, bool[] chinese)
    {
        var split = CardTextRuns.Split(text);

        Assert.Equal(runs, split.Select(r => r.Text));
        Assert.Equal(chinese, split.Select(r => r.IsChinese));
    }
}
