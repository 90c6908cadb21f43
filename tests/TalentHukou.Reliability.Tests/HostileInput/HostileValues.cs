namespace TalentHukou.Reliability.Tests.HostileInput;

/// <summary>Strings and JSON documents meant to break parsers, validators, storage queries and file paths.</summary>
public static class HostileValues
{
    /// <summary>Strings for text fields, ids and file names.</summary>
    public static readonly string[] Strings =
    [
        "' or PartitionKey ne '",
        "x' or RowKey gt '' or 'a' eq 'a",
        "') or (PartitionKey ne '",
        "$filter=PartitionKey ne ''",
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/dev/null",
        "cards/../support-screenshots/x.png",
        "\uD800",
        "a\uDC00b",
        "\u202Eexe.png",
        "\u200F\u200E\u202B",
        "\u200B\u200C\u200D\uFEFF",
        "１２３４５６７８９０",
        "\0",
        "a\0b",
        "\r\nX-Injected: 1",
        "<script>alert(1)</script>",
        "${jndi:ldap://x}",
        "{{7*7}}",
        "Robert'); DROP TABLE Applications;--",
        "\\u0000",
        "\uFFFF\uFFFE",
        "𠜎𠜱𠝹𠱓",
        "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫg̝̣̓o̢̍",
        "",
        " ",
        "null",
        "-1",
        "9999999999999999999999999",
        "NaN",
        "true",
    ];

    /// <summary>Bodies that are not valid JSON, or not the JSON object a route reads.</summary>
    public static readonly string[] BrokenJson =
    [
        "{", "}", "{\"a\":", "{\"a\":1,}", "{'a':1}", "[1,2", "{\"a\":\"\\x\"}", "{\"a\":tru}", "\uFEFF{}x", "nul", "",
        "{\"a\":1}{\"b\":2}", "{\"a\":\"unterminated}", "{\"a\":01}", "{\"a\":1e999999}",
        "\"\\uD800\"", "{\"\\u0000\":1}",
        "null", "[]", "\"a string\"", "42", "true", "[{}]",
    ];

    public static string Pick(Random random) => Strings[random.Next(Strings.Length)];

    /// <summary>A JSON document nested <paramref name="depth"/> levels deep.</summary>
    public static string Nested(int depth, bool arrays) =>
        arrays
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    /// <summary>A long string: random characters of several scripts, <paramref name="length"/> UTF-16 units.</summary>
    public static string Long(Random random, int length)
    {
        const string alphabet = "abcXYZ012广州市人才入户'\"\\/<>&%\u200B\u202E ";
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
