using System.Security.Cryptography;
using System.Text;

namespace TalentHukou.Adapters.Storage;

/// <summary>Keys for Table storage built from user text: hashed, so no character can break a key or a filter.</summary>
public static class TableKeys
{
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    /// <summary>
    /// A time-sortable id like <c>RQ20261127T074512S123A1B2</c>: the prefix, UTC time to the millisecond, 4 random hex
    /// digits. The <c>T</c> and the <c>S</c> keep digit runs to 8 at most, so no id ever looks like an ID number or a
    /// phone number to <see cref="Domain.Privacy.PersonalDataScrubber"/>: without the <c>S</c>, ids made between 13:00
    /// and 19:59 UTC held an 11-digit run starting 13–19, and mails showed them masked.
    /// </summary>
    public static string SortableId(string prefix, DateTimeOffset now) =>
        $"{prefix}{now.UtcDateTime:yyyyMMdd'T'HHmmss'S'fff}{Convert.ToHexString(RandomNumberGenerator.GetBytes(2))}";
}
