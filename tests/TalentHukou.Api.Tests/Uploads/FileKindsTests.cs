using TalentHukou.Api.Tests.Support;
using TalentHukou.Api.Uploads;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Uploads;

public class FileKindsTests
{
    public static TheoryData<byte[], FileKind?> Heads => new()
    {
        { Files.Pdf(16), FileKind.Pdf },
        { Files.Png(16), FileKind.Png },
        { Files.Jpeg(16), FileKind.Jpeg },
        { Files.Exe(16), null },
        { "GIF89a"u8.ToArray(), null },
        { [0x89, 0x50, 0x4E, 0x47], null }, // a truncated PNG signature
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void Sniff_MagicBytes_Recognised(byte[] head, FileKind? expected) =>
        Assert.Equal(expected, FileKinds.Sniff(head));

    [Theory]
    [InlineData("image/png", FileKind.Png)]
    [InlineData("IMAGE/JPEG; charset=binary", FileKind.Jpeg)]
    [InlineData("image/jpg", FileKind.Jpeg)]
    [InlineData("application/pdf", FileKind.Pdf)]
    [InlineData("application/octet-stream", null)]
    [InlineData(null, null)]
    public void FromContentType_Declared_Mapped(string? contentType, FileKind? expected) =>
        Assert.Equal(expected, FileKinds.FromContentType(contentType));

    [Theory]
    [InlineData("证明.PDF", FileKind.Pdf)]
    [InlineData("scan.jpeg", FileKind.Jpeg)]
    [InlineData("scan.png.exe", null)]
    [InlineData("scan", null)]
    [InlineData(null, null)]
    public void FromFileName_Extension_Mapped(string? fileName, FileKind? expected) =>
        Assert.Equal(expected, FileKinds.FromFileName(fileName));
}
