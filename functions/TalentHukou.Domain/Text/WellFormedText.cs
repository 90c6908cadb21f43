using System.Text;

namespace TalentHukou.Domain.Text;

/// <summary>
/// Text that Unicode operations accept: a JSON string may carry a lone surrogate (<c>"\uD800"</c>), which no Unicode
/// text may hold and which makes normalization throw. It becomes U+FFFD, so validation refuses it like any other stray character.
/// </summary>
public static class WellFormedText
{
    public static string Of(string text) => text.Any(char.IsSurrogate) ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) : text;
}
