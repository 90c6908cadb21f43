using System.Security.Cryptography;
using System.Text;

namespace TalentHukou.Workflows.Common;

/// <summary>Keys for Table storage built from user text: hashed, so no character can break a key or a filter.</summary>
public static class TableKeys
{
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    /// <summary>
    /// A time-sortable id like <c>RQ20261127T074512123A1B2</c>: the prefix, UTC time to the millisecond, 4 random hex digits.
    /// The <c>T</c> keeps digit runs short, so no id ever looks like an ID number or a phone number to the masking.
    /// </summary>
    public static string SortableId(string prefix, DateTimeOffset now) =>
        $"{prefix}{now.UtcDateTime:yyyyMMdd'T'HHmmssfff}{Convert.ToHexString(RandomNumberGenerator.GetBytes(2))}";
}
