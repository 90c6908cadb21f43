using TalentHukou.Adapters.Email.Acs;
using TalentHukou.Adapters.Tests.Email;

namespace TalentHukou.Adapters.Tests.Email.Acs;

public sealed class AcsConnectionStringTests
{
    [Fact]
    public void Parse_KeyEndingInEqualsAndMixedCaseNames_SplitsOnFirstEquals()
    {
        var parsed = AcsConnectionString.Parse(
            "Endpoint=https://contoso.communication.azure.com/; AccessKey=YWJjZA==;");

        Assert.Equal(new Uri("https://contoso.communication.azure.com/"), parsed.Endpoint);
        Assert.Equal("YWJjZA==", parsed.AccessKey.Key);
    }

    [Theory]
    [InlineData("accesskey=YWJjZA==")]
    [InlineData("endpoint=not a url;accesskey=YWJjZA==")]
    [InlineData("endpoint=https://contoso.communication.azure.com")]
    [InlineData("endpoint=https://contoso.communication.azure.com;accesskey=not base64!")]
    [InlineData("endpoint=https://contoso.communication.azure.com;garbage")]
    public void Parse_MissingOrMalformedPart_ThrowsFormatExceptionWithoutTheKey(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => AcsConnectionString.Parse(connectionString));

        Assert.DoesNotContain("YWJjZA", error.Message);
    }
}
