using TalentHukou.Domain.Identity;

namespace TalentHukou.Domain.Tests.Identity;

public class CreditCodeTests
{
    private const string Valid = "91350100M000100Y43";

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("914403001922038216")]
    [InlineData("9144030071526726XG")]
    [InlineData("91330100716105852F")]
    [InlineData("91110000802100433B")]
    public void Parse_PublishedCode_IsValid(string code)
    {
        Assert.Equal(code, CreditCodes.WithCheckCharacter(code[..17])); // the independent helper agrees
        Assert.Equal(code, CreditCode.Parse(code).Value?.Value);
    }

    [Theory]
    [InlineData("91440101MA59UFAY2")]
    [InlineData("12440000455858012")]
    [InlineData("51440000MJ0000000")]
    [InlineData("Y1440101000000001")]
    [InlineData("A1100000MB1234567")]
    [InlineData("N2440106MF1234567")]
    [InlineData("21110000TRUWXY012")]
    [InlineData("31440000HJKLMNPQR")]
    [InlineData("41440000ABCDEFGHJ")]
    [InlineData("61440000K12345678")]
    [InlineData("71440000D00000000")]
    [InlineData("81440000Y00000000")]
    public void Parse_CodeWithComputedCheckCharacter_IsValid(string body)
    {
        var code = CreditCodes.WithCheckCharacter(body);

        Assert.Equal(code, CreditCode.Parse(code).Value?.Value);
    }

    [Fact]
    public void Parse_LowercaseWithWhitespace_IsTrimmedAndUpperCased()
    {
        var result = CreditCode.Parse("  9144030071526726xg \n");

        Assert.Equal("9144030071526726XG", result.Value?.Value);
        Assert.Equal("9144030071526726XG", result.Value?.ToString());
    }

    [Fact]
    public void Parse_EverySingleCharacterSubstitution_IsRefused()
    {
        for (var position = 0; position < Valid.Length; position++)
        {
            foreach (var replacement in CreditCodes.Charset.Where(c => c != Valid[position]))
            {
                var corrupted = Valid[..position] + replacement + Valid[(position + 1)..];
                Assert.False(CreditCode.Parse(corrupted).IsValid, corrupted);
            }
        }
    }

    [Fact]
    public void Parse_EveryAdjacentTransposition_IsCheckCharacter()
    {
        for (var position = 1; position < Valid.Length - 1; position++)
        {
            if (Valid[position] == Valid[position + 1])
            {
                continue;
            }

            var swapped = Valid[..position] + Valid[position + 1] + Valid[position] + Valid[(position + 2)..];
            Assert.Equal("credit-code.check-character", CreditCode.Parse(swapped).Error?.Code);
        }
    }

    [Fact]
    public void Equals_SameCodeTypedDifferently_AreEqual()
    {
        Assert.Equal(CreditCode.Parse(Valid).Value, CreditCode.Parse(Valid.ToLowerInvariant()).Value);
    }
}
