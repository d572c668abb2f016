namespace Gongkai.Core.Recognition;

/// <summary>
/// Builds full classification codes from printed pieces: "208","05","05" → 2080505; a lone 款 "05" under the last 类 208
/// → 20805; a lone 项 under the last 款 (when the printed column says so) → 7 digits; a full 5- or 7-digit code as is.
/// </summary>
internal sealed class CodeTracker
{
    private string? _class;
    private string? _section;

    /// <param name="parts">Code pieces printed on the row, in order.</param>
    /// <param name="loneLevel">For a single 2-digit piece: its level when the column says (1 = 款, 2 = 项), else null (款).</param>
    public string? Resolve(IReadOnlyList<string> parts, int? loneLevel)
    {
        if (parts.Count == 0) return null;
        string code;
        if (parts.Count == 1 && parts[0].Length == 2)
        {
            if (loneLevel == 2 && _section is not null) code = _section + parts[0];
            else if (_class is not null) code = _class + parts[0];
            else return parts[0];
        }
        else
        {
            code = string.Concat(parts);
        }
        if (code.Length == 3) { _class = code; _section = null; }
        else if (code.Length == 5) { _class = code[..3]; _section = code; }
        else if (code.Length >= 7) { _class = code[..3]; _section = code[..5]; }
        return code;
    }
}
