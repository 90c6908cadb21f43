using TalentHukou.Domain.Identity;

namespace TalentHukou.Domain.Tests.Identity;

public class ResidentIdNumberRefusalTests
{
    private static readonly DateOnly Today = IdNumbers.Today;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Missing_IsRequired(string? input) => AssertRefused(input, "id-number.required");

    [Theory]
    [InlineData("44010619900101123")] // 17
    [InlineData("4401061990010112355")] // 19
    [InlineData("440106900101123")] // a first-generation 15-digit number
    [InlineData("4401 06199001011235")]
    public void Parse_WrongLength_IsLength(string input) => AssertRefused(input, "id-number.length");

    [Theory]
    [InlineData("4401061990010112A5")]
    [InlineData("44010619900101123Y")]
    [InlineData("4401061990010112X5")]
    [InlineData("44010619900101123-")]
    [InlineData("４40106199001011235")] // full-width digit
    public void Parse_NotDigits_IsCharacters(string input) => AssertRefused(input, "id-number.characters");

    [Theory]
    [InlineData("00")]
    [InlineData("10")]
    [InlineData("16")]
    [InlineData("20")]
    [InlineData("24")]
    [InlineData("38")]
    [InlineData("47")]
    [InlineData("49")]
    [InlineData("55")]
    [InlineData("60")]
    [InlineData("66")]
    [InlineData("70")]
    [InlineData("72")]
    [InlineData("80")]
    [InlineData("84")]
    [InlineData("90")]
    [InlineData("97")]
    [InlineData("99")]
    public void Parse_UnknownProvince_IsRegion(string province) =>
        AssertRefused(IdNumbers.WithCheckCharacter(province + "010619900101123"), "id-number.region");

    [Theory]
    [InlineData("971")] // 9 + Taiwan: foreign permanent resident cards are issued in mainland provinces
    [InlineData("981")]
    [InlineData("910")]
    public void Parse_ForeignCardWithUnknownProvince_IsRegion(string prefix) =>
        AssertRefused(IdNumbers.WithCheckCharacter(prefix + "84019900101123"), "id-number.region");

    [Theory]
    [InlineData("20230229")] // 2023 is not a leap year
    [InlineData("19000229")] // nor is 1900
    [InlineData("19901301")]
    [InlineData("19900132")]
    [InlineData("19900431")]
    [InlineData("19900001")]
    [InlineData("00000000")]
    [InlineData("18991231")] // before 1900
    [InlineData("20250602")] // the day after today
    [InlineData("21000101")]
    public void Parse_ImpossibleBirthDate_IsBirthDate(string birthDate) =>
        AssertRefused(IdNumbers.WithCheckCharacter("440106" + birthDate + "123"), "id-number.birth-date");

    [Fact]
    public void Parse_StandardExampleBornIn1880_IsBirthDate() =>
        AssertRefused("440524188001010014", "id-number.birth-date");

    [Fact]
    public void Parse_EveryWrongCheckCharacter_IsCheckDigit()
    {
        const string valid = "440106199001011235";
        foreach (var wrong in "0123456789X".Where(c => c != valid[^1]))
        {
            AssertRefused(valid[..^1] + wrong, "id-number.check-digit");
        }
    }

    [Theory]
    [InlineData("440106199001012135")] // sequence digits 15-16 swapped
    [InlineData("440106199001011253")] // last sequence digit and check digit swapped
    [InlineData("440106199001011335")] // one sequence digit changed
    [InlineData("440107199001011235")] // one region digit changed
    public void Parse_TypingMistake_IsCheckDigit(string input) => AssertRefused(input, "id-number.check-digit");

    [Fact]
    public void Parse_Refusal_CarriesBothMessagesAndNoField()
    {
        var error = ResidentIdNumber.Parse("123", Today).Error!;

        Assert.Equal("身份证号码应为18位", error.MessageZh);
        Assert.Equal("The ID number must be 18 characters long.", error.MessageEn);
        Assert.Null(error.Field);
    }

    private static void AssertRefused(string? input, string expectedCode)
    {
        var result = ResidentIdNumber.Parse(input, Today);

        Assert.False(result.IsValid, input);
        Assert.Equal(expectedCode, result.Error.Code);
    }
}
