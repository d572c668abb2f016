using Gongkai.Compose.Ledger;

namespace Gongkai.Compose.Demo;

/// <summary>One demo ledger: a stable key ("city-2023-budget"), a Chinese description, its template and year.</summary>
public sealed record DemoLedger(string Key, string Description, BudgetLedger Ledger)
{
    public string TemplateId => Ledger.TemplateId;

    public int Year => Ledger.Year;
}
