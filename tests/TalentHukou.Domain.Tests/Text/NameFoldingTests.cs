using TalentHukou.Domain.Text;

namespace TalentHukou.Domain.Tests.Text;

public class NameFoldingTests
{
    [Theory]
    [InlineData("ＺＨＡＮＧ　ＳＡＮ", "ZHANG SAN")]
    [InlineData("ｚｈａｎｇ ｓａｎ", "zhang san")]
    [InlineData("张三１２３", "张三123")]
    [InlineData("张三（小）", "张三(小)")]
    [InlineData("广州（南沙）人才", "广州(南沙)人才")]
    [InlineData("！～", "!~")] // both ends of the full-width ASCII block
    public void Fold_FullWidthCharacters_BecomeHalfWidth(string input, string expected) =>
        Assert.Equal(expected, NameFolding.Fold(input));

    [Theory]
    [InlineData("  张三  ", "张三")]
    [InlineData("John \t  Smith", "John Smith")]
    [InlineData("\u3000张三\u3000", "张三")]
    [InlineData("John\u3000\u3000Smith", "John Smith")]
    [InlineData("John\r\nSmith", "John Smith")]
    public void Fold_Whitespace_IsTrimmedAndCollapsed(string input, string expected) =>
        Assert.Equal(expected, NameFolding.Fold(input));

    [Theory]
    [InlineData("\uFB01on", "fion")] // ligature fi
    [InlineData("Jose\u0301", "Jos\u00E9")]
    [InlineData("ｶﾀｶﾅ", "カタカナ")] // half-width katakana
    public void Fold_CompatibilityForms_AreNormalizedNfkc(string input, string expected) =>
        Assert.Equal(expected, NameFolding.Fold(input));

    [Theory]
    [InlineData("阿卜杜拉•艾则孜")]
    [InlineData("阿卜杜拉・艾则孜")]
    [InlineData("阿卜杜拉･艾则孜")]
    [InlineData("阿卜杜拉·艾则孜")]
    public void Fold_MiddleDotLookAlikes_BecomeMiddleDot(string input) =>
        Assert.Equal("阿卜杜拉·艾则孜", NameFolding.Fold(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000\t")]
    public void Fold_Blank_ReturnsEmpty(string? input) => Assert.Equal(string.Empty, NameFolding.Fold(input));

    [Fact]
    public void Fold_FoldedText_IsUnchanged()
    {
        var once = NameFolding.Fold("  ＪＯＨＮ　（Ｊｒ）  Smith ");

        Assert.Equal("JOHN (Jr) Smith", once);
        Assert.Equal(once, NameFolding.Fold(once));
    }

    [Theory]
    [InlineData("张\uD800三")]
    [InlineData("\uDC00")]
    [InlineData("a\uDBFFb\uDC00\uD800")]
    [InlineData("张\uFFFE三")]
    [InlineData("\uFFFF\uFFFE")]
    public void Fold_LoneSurrogatesAndNoncharacters_BecomeReplacementCharacterInsteadOfThrowing(string input) =>
        Assert.Contains('\uFFFD', NameFolding.Fold(input));

    [Fact]
    public void PersonNameParse_LoneSurrogate_IsAValidationErrorNotAnException() =>
        Assert.False(TalentHukou.Domain.Identity.PersonName.Parse("张\uD800三").IsValid);
}
