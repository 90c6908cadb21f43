using TalentHukou.Domain.Identity;

namespace TalentHukou.Domain.Tests.Identity;

public class PersonNameRefusalTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void Parse_Missing_IsRequired(string? input) => AssertRefused(input, "name.required");

    [Theory]
    [InlineData("张")]
    [InlineData(" 张 ")]
    [InlineData("𠀀")] // one character, though two UTF-16 units
    [InlineData("张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张")]
    public void Parse_OutsideTwoToFifty_IsLength(string input) => AssertRefused(input, "name.length");

    [Theory]
    [InlineData("张3")]
    [InlineData("张三!")]
    [InlineData("张_三")]
    [InlineData("Zhang-San")]
    [InlineData("O'Brien")]
    [InlineData("张三@")]
    [InlineData("张三😀")]
    [InlineData("张三.")]
    [InlineData("张三(小)")]
    public void Parse_DigitOrSymbol_IsCharacters(string input) => AssertRefused(input, "name.characters");

    [Theory]
    [InlineData("张 三")]
    [InlineData("张三 John")]
    [InlineData("·张三")]
    [InlineData("张三·")]
    [InlineData("阿卜杜拉··艾则孜")]
    [InlineData("阿卜杜拉 ·艾则孜")]
    [InlineData("John ·Smith")]
    [InlineData("Иван Петров")] // spaces only between Latin words
    public void Parse_MisplacedSeparator_IsSeparator(string input) => AssertRefused(input, "name.separator");

    private static void AssertRefused(string? input, string expectedCode)
    {
        var result = PersonName.Parse(input);

        Assert.False(result.IsValid, input);
        Assert.Equal(expectedCode, result.Error.Code);
        Assert.NotEmpty(result.Error.MessageZh);
        Assert.NotEmpty(result.Error.MessageEn);
    }
}
