using System.Text.Json;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Domain.Tests.Privacy;

public class OpsJsonMaskingTests
{
    private const string Signature =
        "MEUCIQDx4cYb1q9Zq0aR8b3Jt2Vx7yW5Rk2u9p0sNnL4hQ6mYAIgK3f8T1cX7wq2Pz9Lk0aB4sE6dR1vY8uJm5nH3gF2tQ";
    private const string Digest = "q0aR8b3Jt2Vx7yW5Rk2u9p0sNnL4hQ6mYAIgK3f8T1c";

    [Fact]
    public void Mask_CardSignatureInAJsonString_HidesSignatureAndDigestMasksNumber()
    {
        var inner = JsonSerializer.Serialize(new
        {
            payload = new { cardNumber = "R2600000000123", holderDigest = Digest, issuer = "广州市发展和改革委员会" },
            keyId = "card-signing/1",
            value = Signature,
        });

        var masked = OpsJsonMasking.Mask(JsonSerializer.Serialize(inner), "output")!;

        var decoded = JsonDocument.Parse(JsonDocument.Parse(masked).RootElement.GetString()!).RootElement;
        Assert.Equal("R26*********23", decoded.GetProperty("payload").GetProperty("cardNumber").GetString());
        Assert.False(decoded.GetProperty("payload").TryGetProperty("holderDigest", out _));
        Assert.False(decoded.TryGetProperty("value", out _));
        Assert.Equal("card-signing/1", decoded.GetProperty("keyId").GetString());
        Assert.DoesNotContain(Signature, masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_ApplicantFields_MaskedAsTheRosterDoes()
    {
        var json = JsonSerializer.Serialize(new
        {
            applicant = new { name = "李小龙", email = "li.xiaolong@example.cn", idNumber = "440106199001011235" },
            education = new { certificateNo = "105581201805001234", schoolName = "中山大学" },
        });

        var masked = JsonDocument.Parse(OpsJsonMasking.Mask(json)!).RootElement;

        var applicant = masked.GetProperty("applicant");
        Assert.Equal("李**", applicant.GetProperty("name").GetString());
        Assert.Equal("l***@example.cn", applicant.GetProperty("email").GetString());
        Assert.Equal("4401**********1235", applicant.GetProperty("idNumber").GetString());
        Assert.Equal("105*************34", masked.GetProperty("education").GetProperty("certificateNo").GetString());
        Assert.Equal("中山大学", masked.GetProperty("education").GetProperty("schoolName").GetString());
    }

    [Fact]
    public void MaskEvent_HistoryEvent_KeepsEnvelopeMasksPayload()
    {
        var json = JsonSerializer.Serialize(new
        {
            EventType = 4,
            Name = "SignCard",
            EventId = 7,
            Input = "{\"cardNumber\":\"R2600000000123\"}",
        });

        var masked = JsonDocument.Parse(
            OpsJsonMasking.MaskEvent(json, new HashSet<string> { "EventType", "Name", "EventId" })).RootElement;

        Assert.Equal("SignCard", masked.GetProperty("Name").GetString());
        Assert.Equal(7, masked.GetProperty("EventId").GetInt32());
        Assert.Contains("R26*********23", masked.GetProperty("Input").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Signature, true)]
    [InlineData(Digest, true)]
    [InlineData("application-A20261206T045558S828021B", false)]
    [InlineData("5b4fcf8c0a35420607f4782821b1a0fa5b4fcf8c0a354206", false)]
    public void IsOpaqueToken_Value_TellsKeysFromIds(string value, bool opaque) =>
        Assert.Equal(opaque, OpsFieldMasking.IsOpaqueToken(value));
}
