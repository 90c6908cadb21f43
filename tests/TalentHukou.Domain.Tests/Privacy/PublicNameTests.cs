using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Domain.Tests.Privacy;

public sealed class PublicNameTests
{
    [Theory]
    [InlineData("王小明", "王*明")]
    [InlineData("欧阳小明", "欧**明")]
    [InlineData("王明", "王*")]
    [InlineData("", "")]
    public void PublicName_Name_KeepsFirstAndLast(string name, string expected) =>
        Assert.Equal(expected, Masking.PublicName(name));

    [Theory]
    [InlineData("11010519491231002X", Genders.Female)]
    [InlineData("44010619900315001X", Genders.Male)]
    public void Gender_SeventeenthDigit_OddIsMale(string idNumber, string expected) =>
        Assert.Equal(expected, ResidentIdNumber.Parse(idNumber, new DateOnly(2026, 1, 1)).Value!.Gender);
}
