using TalentHukou.Domain.Privacy;

namespace TalentHukou.Domain.Tests.Privacy;

public class MaskingTests
{
    [Theory]
    [InlineData("440106199001011235", "4401**********1235")]
    [InlineData("11010519491231002X", "1101**********002X")]
    [InlineData("440106900101123", "4401*******1123")] // first-generation 15 digits
    [InlineData("44010619900101", "**************")] // too short to keep its edges
    [InlineData("1234", "****")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void IdNumber_MasksAllButEdges(string? input, string expected) =>
        Assert.Equal(expected, Masking.IdNumber(input));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("8613812345678", "861****5678")] // always four stars
    [InlineData("1381234567", "**********")]
    [InlineData("123", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Phone_MasksAllButEdges(string? input, string expected) =>
        Assert.Equal(expected, Masking.Phone(input));

    [Theory]
    [InlineData("R2212345678905", "R22*********05")] // the seed's masked card number
    [InlineData("R221234567", "R22*****67")]
    [InlineData("R22123456", "*********")]
    [InlineData("R2", "**")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void CardNumber_MasksAllButEdges(string? input, string expected) =>
        Assert.Equal(expected, Masking.CardNumber(input));

    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("张三", "张*")]
    [InlineData(" 张三 ", "张*")]
    [InlineData("阿卜杜拉·艾则孜", "阿*******")]
    [InlineData("John Smith", "J*********")]
    [InlineData("𠀀三", "𠀀*")] // a surrogate pair is kept whole
    [InlineData("李𠀀", "李*")]
    [InlineData("张", "张")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Name_KeepsFirstCharacterOnly(string? input, string expected) =>
        Assert.Equal(expected, Masking.Name(input));
}
