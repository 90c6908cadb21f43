using TalentHukou.Domain.Identity;

namespace TalentHukou.Domain.Tests.Identity;

public class CreditCodeRefusalTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Parse_Missing_IsRequired(string? input) => AssertRefused(input, "credit-code.required");

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("M000100Y4")] // a bare organization code
    [InlineData("91350100 M000100Y43")]
    public void Parse_WrongLength_IsLength(string input) => AssertRefused(input, "credit-code.length");

    [Theory]
    [InlineData("91350100I000100Y43")]
    [InlineData("91350100O000100Y43")]
    [InlineData("91350100Z000100Y43")]
    [InlineData("91350100S000100Y43")]
    [InlineData("91350100V000100Y43")]
    [InlineData("91350100m000100Yi3")] // upper-cased first, and I is not in the set
    [InlineData("91350100-000100Y43")]
    [InlineData("９1350100M000100Y43")] // full-width digit
    public void Parse_CharacterOutsideSet_IsCharacters(string input) => AssertRefused(input, "credit-code.characters");

    [Theory]
    [InlineData('0')]
    [InlineData('B')]
    [InlineData('C')]
    [InlineData('M')]
    [InlineData('X')]
    public void Parse_UnknownRegistrationAuthority_IsRegistrationAuthority(char authority) =>
        AssertRefused(
            CreditCodes.WithCheckCharacter(authority + "1350100M000100Y4"),
            "credit-code.registration-authority");

    [Theory]
    [InlineData("91350100M000100Y44")] // check character changed
    [InlineData("91350100M000100Y4Y")]
    [InlineData("91350100M001000Y43")] // transposition
    [InlineData("91350101M000100Y43")] // one character changed
    [InlineData("9144030071526726X6")]
    public void Parse_Corrupted_IsCheckCharacter(string input) => AssertRefused(input, "credit-code.check-character");

    [Fact]
    public void Parse_Refusal_CarriesBothMessages()
    {
        var error = CreditCode.Parse("91350100M000100Y44").Error!;

        Assert.Contains("校验位", error.MessageZh);
        Assert.Contains("check character", error.MessageEn);
    }

    private static void AssertRefused(string? input, string expectedCode)
    {
        var result = CreditCode.Parse(input);

        Assert.False(result.IsValid, input);
        Assert.Equal(expectedCode, result.Error.Code);
    }
}
