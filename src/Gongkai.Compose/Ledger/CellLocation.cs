namespace Gongkai.Compose.Ledger;

/// <summary>Where a value was read from: the workbook sheet, 1-based row and column letter (or a JSON path).</summary>
public sealed record CellLocation(string Sheet, int Row, string? Column = null)
{
    /// <summary>"工作表“预算明细”第 12 行 F 列" for messages.</summary>
    public override string ToString() =>
        Row <= 0
            ? $"“{Sheet}”"
            : Column is null
                ? FormattableString.Invariant($"工作表“{Sheet}”第 {Row} 行")
                : FormattableString.Invariant($"工作表“{Sheet}”第 {Row} 行 {Column} 列");
}
