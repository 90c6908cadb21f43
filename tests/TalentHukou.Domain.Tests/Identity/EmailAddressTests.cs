using TalentHukou.Domain.Identity;

namespace TalentHukou.Domain.Tests.Identity;

public class EmailAddressTests
{
    [Theory]
    [InlineData("a@b.cn")]
    [InlineData("zhang.san@example.com")]
    [InlineData("Zhang.San+hukou@mail.gz.gov.cn")]
    [InlineData("张三@例子.中国")]
    public void Parse_PlausibleAddress_KeepsItAsTyped(string input)
    {
        Assert.Equal(input, EmailAddress.Parse(input).Value?.Value);
    }

    [Fact]
    public void Parse_SurroundingWhitespace_IsTrimmed()
    {
        var email = EmailAddress.Parse("  zhang.san@example.com\t").Value;

        Assert.Equal("zhang.san@example.com", email?.Value);
        Assert.Equal("zhang.san@example.com", email?.ToString());
    }

    [Fact]
    public void Parse_Exactly254Characters_IsValid()
    {
        var input = new string('a', 64) + "@" + new string('b', 185) + ".com";

        Assert.Equal(254, input.Length);
        Assert.True(EmailAddress.Parse(input).IsValid);
    }

    [Fact]
    public void Parse_255Characters_IsLength()
    {
        var input = new string('a', 64) + "@" + new string('b', 186) + ".com";

        AssertRefused(input, "email.length");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Missing_IsRequired(string? input) => AssertRefused(input, "email.required");

    [Theory]
    [InlineData("zhang san@example.com")]
    [InlineData("zhang\tsan@example.com")]
    [InlineData("zhang.san@exam\u0001ple.com")]
    [InlineData("zhang.san@example.com\u0000x")]
    [InlineData("zhang.san@example\u3000.com")] // ideographic space
    public void Parse_SpaceOrControlCharacter_IsCharacters(string input) => AssertRefused(input, "email.characters");

    [Theory]
    [InlineData("zhang.san")]
    [InlineData("zhang.san.example.com")]
    [InlineData("@example.com")]
    [InlineData("zhang.san@")]
    [InlineData("zhang@san@example.com")]
    [InlineData("zhang.san@@example.com")]
    [InlineData("zhang.san@localhost")]
    [InlineData("zhang.san@.com")]
    [InlineData("zhang.san@example.")]
    [InlineData("zhang.san@example..com")]
    public void Parse_NotNameAtDottedDomain_IsFormat(string input) => AssertRefused(input, "email.format");

    private static void AssertRefused(string? input, string expectedCode)
    {
        var result = EmailAddress.Parse(input);

        Assert.False(result.IsValid, input);
        Assert.Equal(expectedCode, result.Error.Code);
    }
}
