using Gongkai.Compose.Ledger;
using Gongkai.Core.Documents;

namespace Gongkai.Compose.Checks;

/// <summary>填报检查问题: a stable code (LEDGER-…), severity, a Chinese message and the workbook place.</summary>
public sealed record LedgerIssue(string Code, Severity Severity, string Message)
{
    public CellLocation? Location { get; init; }

    /// <summary>"工作表“预算明细”第 5 行 C 列：…" for reports.</summary>
    public override string ToString() => Location is null ? Message : Location + "：" + Message;
}
