using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace TalentHukou.Adapters.Cards;

/// <summary>A loaded local signing key.</summary>
internal sealed record LocalCardSigningKey(string KeyId, ECParameters PrivateKey, ECParameters PublicKey);

/// <summary>Reads the local key's PEM file, or creates it (owner read/write only) when it is missing.</summary>
internal static partial class LocalCardSigningKeyFile
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    public static LocalCardSigningKey LoadOrCreate(string path, ILogger logger)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var exclusive = Lock(path + ".lock");
        using var ecdsa = ECDsa.Create();
        if (File.Exists(path))
            ecdsa.ImportFromPem(File.ReadAllText(path));
        else if (!TryCreate(path, ecdsa))
            ecdsa.ImportFromPem(File.ReadAllText(path)); // another process created it first
        else
            LogKeyCreated(logger, KeyIdOf(ecdsa), path);

        if (ecdsa.KeySize != 256)
            throw new CryptographicException($"The card signing key in {path} is not a P-256 key.");
        return new LocalCardSigningKey(KeyIdOf(ecdsa), ecdsa.ExportParameters(true), ecdsa.ExportParameters(false));
    }

    /// <summary>
    /// Holds <paramref name="lockPath"/> open with no sharing (an exclusive lock on Unix too), so hosts starting
    /// together agree on one key: File.Move's no-overwrite check alone is not atomic on every file system.
    /// </summary>
    private static FileStream Lock(string lockPath)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockTimeout)
            {
                Thread.Sleep(10);
            }
        }
    }

    internal static string KeyIdOf(ECDsa ecdsa) =>
        Convert.ToHexStringLower(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo()))[..16];

    // Written to a temporary file and moved into place, so no reader ever sees a half-written key.
    private static bool TryCreate(string path, ECDsa ecdsa)
    {
        ecdsa.GenerateKey(ECCurve.NamedCurves.nistP256);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(temporary, fileOptions))
            writer.Write(ecdsa.ExportPkcs8PrivateKeyPem());
        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information,
        Message = "Created card signing key {KeyId} at {KeyPath}")]
    private static partial void LogKeyCreated(ILogger logger, string keyId, string keyPath);
}
