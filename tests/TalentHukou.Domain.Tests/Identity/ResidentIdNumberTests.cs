using TalentHukou.Domain.Identity;

namespace TalentHukou.Domain.Tests.Identity;

public class ResidentIdNumberTests
{
    private static readonly DateOnly Today = IdNumbers.Today;

    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31)] // the example printed in GB 11643-1999
    [InlineData("440106199001011235", 1990, 1, 1)]
    [InlineData("440106199001011243", 1990, 1, 1)]
    [InlineData("440106200002290016", 2000, 2, 29)]
    [InlineData("440106190001010012", 1900, 1, 1)]
    public void Parse_ValidNumber_ReturnsValueAndBirthDate(string input, int year, int month, int day)
    {
        var result = ResidentIdNumber.Parse(input, Today);

        Assert.True(result.IsValid, result.Error?.Code);
        Assert.Equal(input, result.Value.Value);
        Assert.Equal(new DateOnly(year, month, day), result.Value.BirthDate);
    }

    [Fact]
    public void Parse_EveryCheckCharacter_IsAccepted()
    {
        var checkCharacters = new HashSet<char>();
        for (var sequence = 0; sequence < 200; sequence++)
        {
            var number = IdNumbers.WithCheckCharacter($"44010619900101{sequence:000}");
            Assert.True(ResidentIdNumber.Parse(number, Today).IsValid, number);
            checkCharacters.Add(number[^1]);
        }

        Assert.Equal(11, checkCharacters.Count);
    }

    [Fact]
    public void Parse_LowercaseX_NormalizesToUpper()
    {
        var result = ResidentIdNumber.Parse("11010519491231002x", Today);

        Assert.Equal("11010519491231002X", result.Value?.Value);
    }

    [Fact]
    public void Parse_SurroundingWhitespace_IsTrimmed()
    {
        var result = ResidentIdNumber.Parse("  440106199001011235\t", Today);

        Assert.Equal("440106199001011235", result.Value?.Value);
    }

    [Fact]
    public void Parse_BornToday_IsAccepted()
    {
        var number = IdNumbers.WithCheckCharacter("44010620250601001");

        Assert.True(ResidentIdNumber.Parse(number, Today).IsValid);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("44")]
    [InlineData("65")]
    [InlineData("71")]
    [InlineData("81")]
    [InlineData("82")]
    [InlineData("83")]
    public void Parse_ProvinceCodeAtEdgeOfItsGroup_IsAccepted(string province)
    {
        var number = IdNumbers.WithCheckCharacter(province + "010619900101123");

        Assert.True(ResidentIdNumber.Parse(number, Today).IsValid, number);
    }

    [Theory]
    [InlineData("911")]
    [InlineData("944")]
    [InlineData("965")]
    public void Parse_ForeignPermanentResidentCard_IsAccepted(string prefix)
    {
        // 2023 card: "9", issuing province, 3-digit nationality code (840), birth date, sequence, check.
        var number = IdNumbers.WithCheckCharacter(prefix + "84019900101123");

        Assert.True(ResidentIdNumber.Parse(number, Today).IsValid, number);
    }

    [Fact]
    public void Masked_EighteenCharacters_KeepsFirstAndLastFour()
    {
        var id = ResidentIdNumber.Parse("440106199001011235", Today).Value!;

        Assert.Equal("4401**********1235", id.Masked);
    }

    [Fact]
    public void ToString_NeverContainsFullNumber()
    {
        var id = ResidentIdNumber.Parse("440106199001011235", Today).Value!;

        Assert.Equal("4401**********1235", id.ToString());
        Assert.DoesNotContain("440106199001011235", $"{id}");
    }

    [Fact]
    public void Equals_SameNumberTypedDifferently_AreEqual()
    {
        var upper = ResidentIdNumber.Parse("11010519491231002X", Today).Value;
        var lower = ResidentIdNumber.Parse(" 11010519491231002x ", Today).Value;

        Assert.Equal(upper, lower);
    }
}
