using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.ColumnIdentity;

/// <summary>B-R16: B07 合计 = 出国 + 用车小计 + 接待; 小计 = 购置 + 运行; with rows by 资金来源, 合计 row = Σ source rows.</summary>
public sealed class ThreePublicSumRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = EquationMessages.Sum;

    private static readonly string[] s_fundSources = ["一般公共预算", "政府性基金", "国有资本经营"];

    public override string Id => "B-R16";

    public override string Title => "“三公”经费支出表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费，小计 = 购置费 + 运行费";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.ColumnIdentity;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B07) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.ColumnIdentities(t, Id)) yield return eq;
        // Split by 资金来源 (seed 001 style): the 合计 row = Σ the fund-source rows, in every column.
        var sources = t.Rows.Where(r => r.Kind != RowKind.Total && s_fundSources.Any(f => r.Name.Contains(f, StringComparison.Ordinal))).ToList();
        var total = t.Rows.FirstOrDefault(r => r.Kind == RowKind.Total || r.Name == "合计");
        if (total is null || sources.Count < 2) yield break;
        for (var col = 0; col < t.Columns.Count; col++)
        {
            yield return Equation.Sum(Id, new CellRef(t, total, col), sources.Select(r => new CellRef(t, r, col)));
        }
    }
}
