using Gongkai.Core.Templates;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>G1: every column of every coded table rolls up (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项; project rows = their code row; unit subtotals apart).</summary>
public sealed class RowHierarchyRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（上下级科目合计不符）";

    public override string Id => "G1";

    public override string Title => "表内科目层级合计：合计 = Σ类，类 = Σ款，款 = Σ项";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        foreach (var table in document.Tables)
        {
            if (table.Id == TableId.B01 || table.Id == TableId.F01) continue; // B-R03 / F-R02
            if (TableAccess.IsSummary(table))
            {
                foreach (var eq in IdentityBuilders.SummaryExpenditureHierarchy(table, Id)) yield return eq;
            }
            else if (TableAccess.IsFunctionCoded(table) || table.Definition?.RowAxis == TableRowAxis.EconomicClassification)
            {
                foreach (var eq in IdentityBuilders.DetailHierarchy(table, Id)) yield return eq;
            }
        }
    }
}
