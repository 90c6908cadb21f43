using TalentHukou.Domain.Privacy;

namespace TalentHukou.Domain.Tests.Privacy;

public class PersonalDataScrubberTests
{
    [Theory]
    [InlineData("申请人身份证440106199001011235,手机13812345678。", "申请人身份证4401**********1235,手机138****5678。")]
    [InlineData("id=11010519491231002x", "id=1101**********002x")]
    [InlineData("ID:11010519491231002X号", "ID:1101**********002X号")]
    [InlineData("phone 13812345678 and 19912345678", "phone 138****5678 and 199****5678")]
    [InlineData("tel +86 13812345678", "tel +86 138****5678")]
    [InlineData("tel +8613812345678", "tel +86138****5678")]
    [InlineData("tel 008613812345678", "tel 0086138****5678")]
    [InlineData("tel 8613812345678", "tel 86138****5678")]
    [InlineData("a440106199001011235b13812345678c", "a4401**********1235b138****5678c")]
    [InlineData("SMTP 550: <li.xiaolong+hukou@example.com.cn> refused", "SMTP 550: <l***@example.com.cn> refused")]
    [InlineData("{\"to\":\"wang@example.cn\"}", "{\"to\":\"w***@example.cn\"}")]
    [InlineData("\"R2600000000123\"", "\"R26*********23\"")]
    [InlineData("card R2600000000123 issued", "card R26*********23 issued")]
    public void Scrub_TextWithPersonalData_MasksIt(string input, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(input));

    [Theory]
    [InlineData("order 6222021234567890123 paid")] // 19-digit bank card: not an ID
    [InlineData("4401061990010112351")]
    [InlineData("1381234567")] // 10 digits
    [InlineData("113812345678")] // 12 digits
    [InlineData("12812345678")] // not a mobile prefix
    [InlineData("instance 0f3c9a, step 3 of 7")]
    [InlineData("AR2600000000123")] // inside a word: an id, not a card number
    [InlineData("")]
    public void Scrub_TextWithoutPersonalData_IsUnchanged(string input) =>
        Assert.Equal(input, PersonalDataScrubber.Scrub(input));

    [Fact]
    public void Scrub_Null_ReturnsEmpty() => Assert.Equal(string.Empty, PersonalDataScrubber.Scrub(null));

    [Fact]
    public void Scrub_ScrubbedText_IsStable()
    {
        var once = PersonalDataScrubber.Scrub("440106199001011235 13812345678 wang@example.cn");

        Assert.Equal(once, PersonalDataScrubber.Scrub(once));
    }
}
