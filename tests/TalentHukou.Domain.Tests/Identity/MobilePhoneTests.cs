using TalentHukou.Domain.Identity;

namespace TalentHukou.Domain.Tests.Identity;

public class MobilePhoneTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+8613812345678")]
    [InlineData("86-138-1234-5678")]
    [InlineData("8613812345678")]
    [InlineData("0086 13812345678")]
    [InlineData(" 138-1234-5678 ")]
    public void Parse_SameNumberInAnyAcceptedForm_NormalizesToElevenDigits(string input)
    {
        Assert.Equal("13812345678", MobilePhone.Parse(input).Value?.Value);
    }

    [Theory]
    [InlineData("13012345678")]
    [InlineData("14512345678")]
    [InlineData("15912345678")]
    [InlineData("16612345678")]
    [InlineData("17712345678")]
    [InlineData("18812345678")]
    [InlineData("19912345678")]
    public void Parse_EachMobilePrefix_IsValid(string input) => Assert.True(MobilePhone.Parse(input).IsValid);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" - ")]
    public void Parse_Missing_IsRequired(string? input) => AssertRefused(input, "phone.required");

    [Theory]
    [InlineData("1381234567a")]
    [InlineData("+1 555 123 4567")]
    [InlineData("(138)12345678")]
    [InlineData("１３８12345678")] // full-width digits
    [InlineData("138.1234.5678")]
    public void Parse_NotDigits_IsCharacters(string input) => AssertRefused(input, "phone.characters");

    [Theory]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("+86 1381234567")]
    [InlineData("8612345")]
    public void Parse_WrongDigitCount_IsLength(string input) => AssertRefused(input, "phone.length");

    [Theory]
    [InlineData("12812345678")]
    [InlineData("11012345678")]
    [InlineData("23812345678")]
    [InlineData("020-12345678")] // a Guangzhou landline with its area code
    [InlineData("86138123456")] // 11 digits starting 86: not a prefix, not a mobile
    public void Parse_NotMobilePrefix_IsPrefix(string input) => AssertRefused(input, "phone.prefix");

    [Fact]
    public void Masked_KeepsFirstThreeAndLastFour()
    {
        var phone = MobilePhone.Parse("+86 138 1234 5678").Value!;

        Assert.Equal("138****5678", phone.Masked);
        Assert.Equal("138****5678", phone.ToString());
    }

    private static void AssertRefused(string? input, string expectedCode)
    {
        var result = MobilePhone.Parse(input);

        Assert.False(result.IsValid, input);
        Assert.Equal(expectedCode, result.Error.Code);
        Assert.NotEmpty(result.Error.MessageZh);
        Assert.NotEmpty(result.Error.MessageEn);
    }
}
