using System.Globalization;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Writes CSV cells a spreadsheet cannot run: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> (or a tab or
/// carriage return) gets a leading apostrophe, so it reads as text rather than a formula;
/// cells are quoted as RFC 4180 says.
/// </summary>
public static class CsvCells
{
    public static string Line(params object?[] cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
