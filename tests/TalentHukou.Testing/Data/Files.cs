using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Data;

/// <summary>Files for upload tests: the real magic numbers of each type, followed by filler bytes.</summary>
public static class Files
{
    public static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    public static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF, 0xE0];
    public static readonly byte[] PdfMagic = "%PDF-1.7\n"u8.ToArray();
    public static readonly byte[] ExeMagic = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    public static byte[] Png(int length = 2048) => With(PngMagic, length);

    public static byte[] Jpeg(int length = 2048) => With(JpegMagic, length);

    public static byte[] Pdf(int length = 2048) => With(PdfMagic, length);

    public static byte[] Exe(int length = 2048) => With(ExeMagic, length);

    private static byte[] With(byte[] magic, int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        magic.CopyTo(bytes, 0);
        return bytes;
    }
}
