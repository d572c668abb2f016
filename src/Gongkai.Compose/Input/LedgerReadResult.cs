using Gongkai.Compose.Checks;
using Gongkai.Compose.Ledger;

namespace Gongkai.Compose.Input;

/// <summary>A ledger read from a workbook or JSON (null when the file could not be read at all) and the problems found.</summary>
public sealed record LedgerReadResult(BudgetLedger? Ledger, IReadOnlyList<LedgerIssue> Issues);
