using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>
/// B-R30 (Gongkai): the project list agrees with the 项目支出 it details. B10 项目支出表 by code (合计 and every
/// 类/款/项 row) = the 项目支出 column of B05 (一般公共预算项目支出表) or of B03 (项目支出情况表 of all funds);
/// Shaanxi B15 专项业务经费支出表: like with like. Its 项目金额 covers every fund (福彩公益金 projects of the 政府性基金 too,
/// Xi'an 表10 合计 = 表1 部门预算 专项业务经费支出), while B05 is 一般公共预算 only. So its 一般公共预算 column (or its 合计, when the
/// title says 一般公共预算) = B05 专项业务经费支出 合计. A 合计 without a stated scope is the 一般公共预算 list when it agrees with
/// B05 (the composer's and seed 004's tables, where every 专项 is 一般公共预算); otherwise it is the all-funds list and must equal
/// B03 专项业务经费支出 合计 when B03 prints that column, else only B05 专项业务经费支出 ≤ B15 合计. Codes printed more than once
/// (several units) are skipped.
/// </summary>
public sealed class ProjectListMatchesProjectExpenditureRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（项目支出明细与项目支出合计不一致）";

    /// <summary>Mismatch message of the fallback: {0} table, {1} row, {2} column, {3} printed, {4} the B15 cell, {5} its figure.</summary>
    public const string CoverMessage = "{0} {1}：{2} {3} 大于 {4} {5}（一般公共预算专项业务经费不应超过全部资金的专项业务经费支出表合计）";

    public override string Id => "B-R30";

    public override string Title => "项目支出表（专项业务经费支出表）与支出表的项目支出一致";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B10) is { IsEmpty: false } b10)
        {
            // 一般公共预算项目支出表 details B05; a 项目支出情况表 of all funds details B03.
            var general = b10.Title.Contains("一般公共预算", StringComparison.Ordinal);
            if ((general ? document.Table(TableId.B05) : document.Table(TableId.B03)) is { } target)
            {
                foreach (var equation in ByCode(b10, target)) yield return equation;
            }
        }
        if (SpecialProjects(document) is { } special)
        {
            var project = GeneralBudgetProjects(document);
            if (GeneralBudgetListed(special) is { } listedGeneral)
            {
                if (project is { } p) yield return Equation.Same(Id, listedGeneral, p);
            }
            else if (project is { } p && WithinPrinting(special.Listed, p))
            {
                // The list is the 一般公共预算 one (or every 专项 is 一般公共预算): B05 is the like figure.
                yield return Equation.Same(Id, special.Listed, p);
            }
            else if (AllFundsProjects(document) is { } allFunds)
            {
                yield return Equation.Same(Id, special.Listed, allFunds);
            }
        }
    }

    /// <summary>The equations, and for an all-funds B15 without a B03 专项业务经费 column: B05 专项业务经费 ≤ B15 合计.</summary>
    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var finding in base.Evaluate(context)) yield return finding;
        var document = context.Document;
        if (SpecialProjects(document) is not { } special || GeneralBudgetListed(special) is not null || AllFundsProjects(document) is not null
            || GeneralBudgetProjects(document) is not { } project) yield break;
        if (Inequality.AtMost(this, context, project, special.Listed, CoverMessage) is { } f) yield return f;
    }

    /// <summary>The two printed figures agree within one unit of the coarser printed last digit.</summary>
    private static bool WithinPrinting(CellRef a, CellRef b)
    {
        if (a.Value.Value is not { } x || b.Value.Value is not { } y) return false;
        var converted = AmountUnitExtensions.Convert(y, b.Table.AmountUnit, a.Table.AmountUnit);
        var bound = Math.Max(Rounding.LastDigitUnit(a.Value.Decimals),
            AmountUnitExtensions.Convert(Rounding.LastDigitUnit(b.Value.Decimals), b.Table.AmountUnit, a.Table.AmountUnit));
        return Math.Abs(x - converted) <= bound;
    }

    /// <summary>The Shaanxi B15 专项业务经费支出表 with its 合计 row and 合计 cell, when it prints figures.</summary>
    private static (DisclosureTable Table, TableRow Total, CellRef Listed)? SpecialProjects(DisclosureDocument document) =>
        document.Table(TableId.B15) is { IsEmpty: false } b15 && TableAccess.TotalRow(b15) is { } total
            && TableAccess.Cell(b15, total, ColumnKey.Total) is { } listed
            ? (b15, total, listed) : null;

    /// <summary>B15's 一般公共预算 figure: its 一般公共预算 column, or its 合计 when the title says 一般公共预算; null for an all-funds list.</summary>
    private static CellRef? GeneralBudgetListed((DisclosureTable Table, TableRow Total, CellRef Listed) special) =>
        TableAccess.Cell(special.Table, special.Total, ColumnKey.GeneralBudget)
        ?? (special.Table.Title.Contains("一般公共预算", StringComparison.Ordinal) ? special.Listed : null);

    /// <summary>B05's 专项业务经费支出 (项目支出) 合计 of the 一般公共预算.</summary>
    private static CellRef? GeneralBudgetProjects(DisclosureDocument document) =>
        document.Table(TableId.B05) is { } b05 ? TableAccess.Cell(b05, TableAccess.TotalRow(b05), ColumnKey.Project) : null;

    /// <summary>B03's 专项业务经费支出 (项目支出) 合计 of all funds, when B03 prints that column.</summary>
    private static CellRef? AllFundsProjects(DisclosureDocument document) =>
        document.Table(TableId.B03) is { } b03 && TableAccess.TotalRow(b03) is { } row ? TableAccess.Cell(b03, row, ColumnKey.Project) : null;

    private IEnumerable<Equation> ByCode(DisclosureTable list, DisclosureTable target)
    {
        if (TableAccess.Cell(list, TableAccess.TotalRow(list), ColumnKey.Total) is { } total
            && TableAccess.Cell(target, TableAccess.TotalRow(target), ColumnKey.Project) is { } targetTotal)
        {
            yield return Equation.Same(Id, total, targetTotal);
        }
        var listRows = CodedRows(list);
        var targetRows = CodedRows(target);
        foreach (var (code, row) in listRows)
        {
            if (!targetRows.TryGetValue(code, out var targetRow)) continue;
            if (TableAccess.Cell(list, row, ColumnKey.Total) is { } listed
                && TableAccess.Cell(target, targetRow, ColumnKey.Project) is { } project)
            {
                yield return Equation.Same(Id, listed, project);
            }
        }
    }

    /// <summary>类/款/项 rows (not project lines) whose code is printed once.</summary>
    private static Dictionary<string, TableRow> CodedRows(DisclosureTable table) =>
        table.Rows
            .Where(r => r.Code is not null && r.Kind is RowKind.Class or RowKind.Section or RowKind.Item)
            .GroupBy(r => r.Code!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
}
