using TalentHukou.Adapters.Sms.Tencent;

namespace TalentHukou.Adapters.Tests.Sms;

/// <summary>
/// The vendor's worked example from "签名方法 v3" (Signature v3): DescribeInstances on cvm.tencentcloudapi.com,
/// X-TC-Timestamp 1551113065, SecretKey Gu5t9xGARNpq86cd98joQYCN3EXAMPLE. Every published intermediate value and the
/// final Authorization header must come out byte for byte.
/// </summary>
public sealed class Tc3SignatureTests
{
    private const string SecretId = "AKID**********************0123456789EXAMPLE";
    private const string SecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private const string Payload =
        "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    private static readonly Dictionary<string, string> Headers = new()
    {
        ["Content-Type"] = "application/json; charset=utf-8",
        ["Host"] = "cvm.tencentcloudapi.com",
    };

    private static Tc3Signed Example() => Tc3Signature.Sign(SecretId, SecretKey, "cvm", Headers, Payload, 1551113065);

    [Fact]
    public void Sign_WorkedExample_HashesThePayloadAsPublished() =>
        Assert.Equal(
            "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
            Tc3Signature.Sha256Hex(Payload));

    [Fact]
    public void Sign_WorkedExample_BuildsThePublishedCanonicalRequest() =>
        Assert.Equal(
            "POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
            + "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
            + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
            Example().CanonicalRequest);

    [Fact]
    public void Sign_WorkedExample_BuildsThePublishedStringToSign() =>
        Assert.Equal(
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
            + "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
            Example().StringToSign);

    [Fact]
    public void Sign_WorkedExample_GivesThePublishedSignatureAndAuthorization()
    {
        var signed = Example();

        Assert.Equal("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", signed.Signature);
        Assert.Equal(
            "TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE/2019-02-25/cvm/tc3_request, "
            + "SignedHeaders=content-type;host, "
            + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
            signed.Authorization);
    }

    [Fact]
    public void Sign_OneByteOfPayloadChanged_GivesAnotherSignature() =>
        Assert.NotEqual(Example().Signature,
            Tc3Signature.Sign(
                SecretId,
                SecretKey,
                "cvm",
                Headers,
                Payload.Replace("1", "2", StringComparison.Ordinal),
                1551113065).Signature);

    [Fact]
    public void Parse_TheSignedHeader_ReadsItsParts()
    {
        var header = Tc3AuthorizationHeader.Parse("TC3-HMAC-SHA256 Credential=AKIDx/2019-02-25/sms/tc3_request, "
            + "SignedHeaders=content-type;host;x-tc-action, Signature=" + new string('a', 64));

        Assert.NotNull(header);
        Assert.Equal(("AKIDx", "2019-02-25", "sms"), (header.SecretId, header.Date, header.Service));
        Assert.Equal(["content-type", "host", "x-tc-action"], header.SignedHeaders);
    }
}
