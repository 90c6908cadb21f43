using TalentHukou.Domain.Identity;

namespace TalentHukou.Domain.Tests.Identity;

public class PersonNameTests
{
    [Theory]
    [InlineData("张三")]
    [InlineData("张三丰")]
    [InlineData("欧阳娜娜")]
    [InlineData("阿卜杜拉·艾则孜")]
    [InlineData("爱新觉罗·溥仪")]
    [InlineData("John Smith")]
    [InlineData("José García")]
    [InlineData("Nguyễn Văn An")]
    [InlineData("María José Carreño Quiñones")]
    [InlineData("김민준")]
    [InlineData("Иван")]
    [InlineData("สมศักดิ์")] // Thai: combining vowel and tone marks
    [InlineData("प्रिया")] // Devanagari: virama and vowel sign
    [InlineData("Jean·Pierre")]
    [InlineData("李𠀀")] // a CJK Extension B character, a surrogate pair in UTF-16
    public void Parse_ValidName_KeepsIt(string input)
    {
        Assert.Equal(input, PersonName.Parse(input).Value?.Value);
    }

    [Theory]
    [InlineData("  张三  ", "张三")]
    [InlineData("阿卜杜拉•艾则孜", "阿卜杜拉·艾则孜")] // bullet
    [InlineData("阿卜杜拉・艾则孜", "阿卜杜拉·艾则孜")] // katakana middle dot from some IMEs
    [InlineData("John   Smith", "John Smith")]
    [InlineData("ＪＯＨＮ　ＳＭＩＴＨ", "JOHN SMITH")]
    [InlineData("Jose\u0301", "Jos\u00E9")] // decomposed accent composed
    public void Parse_NameNeedingNormalization_StoresNormalizedForm(string input, string expected)
    {
        Assert.Equal(expected, PersonName.Parse(input).Value?.Value);
    }

    [Fact]
    public void Parse_FiftyCharacters_IsValid()
    {
        Assert.True(PersonName.Parse(new string('张', 50)).IsValid);
    }

    [Fact]
    public void Masked_KeepsFirstCharacter()
    {
        var name = PersonName.Parse("张三丰").Value!;

        Assert.Equal("张**", name.Masked);
        Assert.Equal("张**", name.ToString());
    }
}
