using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R14: B05 基本支出 合计 = B06 合计 (Shaanxi: B05 人员 + 公用).</summary>
public sealed class BasicExpenditureMatchesEconomicRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（一般公共预算支出表基本支出与基本支出表不一致）";

    public override string Id => "B-R14";

    public override string Title => "一般公共预算支出表基本支出合计与一般公共预算基本支出表合计一致";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B05) is not { } b05 || document.Table(TableId.B06) is not { } b06) yield break;
        var total6 = TableAccess.Cell(b06, TableAccess.TotalRow(b06), ColumnKey.Total);
        if (total6 is null) yield break;
        var row5 = TableAccess.TotalRow(b05);
        if (TableAccess.Cell(b05, row5, ColumnKey.Basic) is { } basic)
        {
            yield return Equation.Same(Id, basic, total6.Value);
        }
        else if (TableAccess.Cell(b05, row5, ColumnKey.Personnel) is { } p && TableAccess.Cell(b05, row5, ColumnKey.Public) is { } q)
        {
            yield return Equation.Sum(Id, total6.Value, [p, q]);
        }
    }
}
