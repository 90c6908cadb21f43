using System.Security.Cryptography;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

public sealed class LocalCardSigningKeyProviderTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void GetKeyId_MissingFile_CreatesPemInNewDirectories()
    {
        var path = directory.File("a/b/card-signing.pem");

        CardTestData.LocalKeys(path).GetKeyId();

        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void GetKeyId_TwoProvidersOnOneFile_SameKeyIdAndFileUnchanged()
    {
        var path = directory.File("card-signing.pem");
        var first = CardTestData.LocalKeys(path).GetKeyId();
        var pem = File.ReadAllText(path);

        var second = CardTestData.LocalKeys(path).GetKeyId();

        Assert.Equal(first, second);
        Assert.Equal(pem, File.ReadAllText(path));
    }

    [Fact]
    public void GetKeyId_AnyKey_IsFirst16HexOfSha256OfSubjectPublicKeyInfo()
    {
        var path = directory.File("card-signing.pem");
        var keyId = CardTestData.LocalKeys(path).GetKeyId();

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(File.ReadAllText(path));
        var expected = Convert.ToHexStringLower(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo()))[..16];
        Assert.Equal(expected, keyId);
        Assert.Equal(256, ecdsa.KeySize);
    }

    [Fact]
    public void GetKeyId_NewFileOnUnix_IsOwnerReadWriteOnly()
    {
        if (OperatingSystem.IsWindows())
            return;
        var path = directory.File("card-signing.pem");

        CardTestData.LocalKeys(path).GetKeyId();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task SignAsync_ConcurrentFirstUse_CreatesOneKey()
    {
        var path = directory.File("card-signing.pem");
        var providers = Enumerable.Range(0, 8).Select(_ => CardTestData.LocalKeys(path)).ToArray();

        var signatures = await Task.WhenAll(providers.Select(p => Task.Run(() => p.SignAsync([1, 2, 3]))));

        Assert.Single(signatures.Select(s => s.KeyId).Distinct());
    }
}
