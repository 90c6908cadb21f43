namespace TalentHukou.Testing;

/// <summary>Keys used only by tests.</summary>
public static class TestKeys
{
    /// <summary>A dev signing key for test hosts (base64 of 32 bytes; the Development environment only).</summary>
    public const string DevSigningKey = "dGVzdC1vbmx5LWtleS1mb3ItdGFsZW50aHVrb3UtMDAwMDA=";
}
