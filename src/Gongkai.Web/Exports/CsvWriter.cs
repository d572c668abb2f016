using System.Globalization;
using System.Text;

namespace Gongkai.Web.Exports;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark (so that spreadsheet programs read the Chinese correctly). Text cells
/// that a spreadsheet would run as a formula (= + - @ at the start) are prefixed with an apostrophe.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _sb = new();

    public CsvWriter Row(IEnumerable<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) _sb.Append(',');
            first = false;
            _sb.Append(Field(cell));
        }
        _sb.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_sb.ToString())];

    public override string ToString() => _sb.ToString();

    private static string Field(object? cell)
    {
        var text = cell switch
        {
            null => "",
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Neutralise(cell.ToString() ?? ""),
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
