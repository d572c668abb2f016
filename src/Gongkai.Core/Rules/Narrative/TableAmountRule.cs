using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Narrative;
using Gongkai.Core.Tables;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>
/// N-TABLE-AMOUNT (B-R21): an amount stated in the text must equal the table cell it refers to, after converting
/// units: a 类/款/项 by code → B05 (F05) 合计; 三公 and its parts (and 会议费/培训费 in the 三公 chapter) → B07 (F07); 人员经费/公用经费 → B06 合计 row;
/// 机关运行经费 → B06 公用经费 (B-R18, warning); 基本/项目支出 and 支出预算 → B03 合计 row, or B05 合计 row when the
/// sentence scopes them to 一般公共预算 (budget documents only); income statements → the B01 (F01) income lines, or B04 (F04)
/// for 财政拨款. Only the current-year amount is compared; a difference within
/// the printed precision of the text is not an error.
/// </summary>
public sealed class TableAmountRule : IRule
{
    /// <summary>{0} place, {1} subject, {2} amount, {3} unit, {4} table, {5} row, {6} column, {7} cell, {8} table unit.</summary>
    public const string Message = "{0}：文中{1} {2}{3}，与{4}“{5}”行“{6}”列 {7}{8}不一致。";

    public string Id => "N-TABLE-AMOUNT";

    public string Title => "文字说明中的金额与表格不一致";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeVsTable;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var final = document.Info.Kind == DocumentKind.FinalAccounts;
        var claims = ClaimsOf(context).ToList();
        foreach (var claim in claims)
        {
            if (claim.Amount is not { } amount || claim.Unit is not { } unit) continue;
            if (BreaksDownAClass(claims, claim)) continue;
            var candidates = IncomeLines(document, claim, final);
            if (candidates.Count == 0 && claim.SubjectCode is { Length: 3 } && FiscalSection(claim)
                && FiscalExpenditureLine(document, claim, final) is { } fiscalLine)
            {
                candidates = [fiscalLine];
            }
            if (candidates.Count == 0 && Locate(document, claim, final) is { } located)
            {
                var (t, r, c, sv) = located;
                candidates = [(t, r, t.IndexOf(c), sv)];
            }
            (DisclosureTable Table, TableRow Row, int Index, Severity Severity, decimal Cell, decimal Diff)? worst = null;
            var agrees = false;
            foreach (var (table, row, index, severity) in candidates)
            {
                if (index < 0 || index >= row.Values.Count || row.Values[index].Value is not { } cell) continue;
                var inText = AmountUnitExtensions.Convert(cell, table.AmountUnit, unit);
                var diff = Math.Abs(inText - amount);
                if (diff <= Half(claim.AmountDecimals) + Half(row.Values[index].Decimals) * (table.AmountUnit == unit ? 1m : 0m) + 0.0000001m)
                {
                    agrees = true;
                    break;
                }
                if (claim.SubjectCode is not null && MatchesPart(table, row, amount, unit, claim.AmountDecimals))
                {
                    agrees = true;
                    break;
                }
                if (worst is null || diff < worst.Value.Diff) worst = (table, row, index, severity, cell, diff);
            }
            if (agrees || worst is null) continue;
            {
                var (table, row, index, severity, cell, diff) = worst.Value;
                var inText = AmountUnitExtensions.Convert(cell, table.AmountUnit, unit);
                var unitDigit = Rounding.LastDigitUnit(claim.AmountDecimals);
                var sev = diff <= unitDigit ? Severity.Info : severity;
                if (sev == Severity.Info && !context.Options.ReportRoundingDifferences) continue;
                var header = table.Columns[index].Header;
                yield return new Finding
                {
                    RuleId = Id, Severity = sev, Category = Category,
                    Message = Format(Message, Where(claim), claim.Subject, F(amount), unit.ToChinese(), table.PrintedNumber ?? table.Title, row.Name, header, F(cell), table.AmountUnit.ToChinese()),
                    Table = table.Id?.Value, Row = row.Code ?? row.Name, Column = header,
                    Line = claim.Line, Quote = claim.Quote, Actual = amount, Expected = Rounding.Round(inText, Math.Max(claim.AmountDecimals, 2)),
                };
            }
        }
    }

    /// <summary>
    /// Income statements (收入预算, 本年收入, 收支总计, and 一般公共预算/政府性基金/国有资本经营/单位资金/财政拨款结转/财政拨款收入
    /// stated as income) → the income line of B01 (F01), or of B04 (F04) when the sentence or section is about 财政拨款.
    /// 收入预算 may mean 本年收入合计 or 收入总计: both are candidates and either agrees. Empty when the claim is no income
    /// statement or the table has no such line.
    /// </summary>
    private static List<(DisclosureTable Table, TableRow Row, int Index, Severity Severity)> IncomeLines(DisclosureDocument document, Claim claim, bool final)
    {
        var last = claim.Section.Split(" / ")[^1];
        var incomeContext = claim.Quote.Contains("收入", StringComparison.Ordinal)
            || (last.Contains("收入", StringComparison.Ordinal) && !last.Contains("支出", StringComparison.Ordinal));
        string[] keys = claim.Subject switch
        {
            ClaimSubjects.IncomeTotal => [SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.IncomeGrandTotal],
            ClaimSubjects.IncomeExpenditureTotal => [SummaryRowKeys.IncomeGrandTotal],
            ClaimSubjects.UnitFunds => [SummaryRowKeys.UnitFunds],
            ClaimSubjects.FiscalCarryover => [SummaryRowKeys.FiscalCarryover, SummaryRowKeys.PriorYearCarryover],
            ClaimSubjects.FiscalIncome => [SummaryRowKeys.FiscalAppropriation],
            ClaimSubjects.GeneralBudget when incomeContext => [SummaryRowKeys.GeneralBudget],
            ClaimSubjects.GovFund when incomeContext => [SummaryRowKeys.GovFund],
            ClaimSubjects.StateCapital when incomeContext => [SummaryRowKeys.StateCapital],
            _ => [],
        };
        var result = new List<(DisclosureTable, TableRow, int, Severity)>();
        if (keys.Length == 0) return result;
        // 财政拨款结转 and 财政拨款收入 carry the word themselves: their scope is not the sentence's.
        var ownWord = claim.Subject is ClaimSubjects.FiscalCarryover or ClaimSubjects.FiscalIncome;
        var fiscal = last.Contains("财政拨款", StringComparison.Ordinal) || (!ownWord && claim.Scope == "财政拨款");
        var table = document.Table(fiscal ? (final ? TableId.F04 : TableId.B04) : (final ? TableId.F01 : TableId.B01));
        if (table is null) return result;
        foreach (var key in keys)
        {
            var row = table.Rows.FirstOrDefault(r => r.Key == key && r.Side != TableSide.Expenditure);
            if (row is null) continue;
            var index = -1;
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i].Side == TableSide.Expenditure) continue;
                index = i;
                break;
            }
            if (index >= 0) result.Add((table, row, index, Severity.Error));
        }
        return result;
    }

    /// <summary>
    /// A 类/款/项 amount that is the row's 基本支出 or 项目支出 cell: the text speaks of that part of the row
    /// ("项目支出…其中：…公共安全支出40230.95万元", the part scoped by an earlier sentence), not of its total.
    /// </summary>
    private static bool MatchesPart(DisclosureTable table, TableRow row, decimal amount, AmountUnit unit, int decimals)
    {
        foreach (var key in new[] { ColumnKey.Basic, ColumnKey.Project })
        {
            var i = table.IndexOf(key);
            if (i < 0 || i >= row.Values.Count || row.Values[i].Value is not { } part) continue;
            if (Math.Abs(AmountUnitExtensions.Convert(part, table.AmountUnit, unit) - amount) <= Half(decimals) + 0.0000001m) return true;
        }
        return false;
    }

    /// <summary>
    /// "（1）进修及培训（20508）102.32 万元…。具体为：人员经费 0.00 万元…；公用经费 28.32 万元": 人员/公用经费 stated in or
    /// right after the sentence of a 类/款/项 are that line's parts, not the department's B06 totals.
    /// </summary>
    private static bool BreaksDownAClass(List<Claim> claims, Claim claim) =>
        claim.Subject is ClaimSubjects.Personnel or ClaimSubjects.Public or ClaimSubjects.OfficeOperation
        && claims.Any(c => c.Section == claim.Section && c.Line == claim.Line && c.Sentence <= claim.Sentence && c.Sentence >= claim.Sentence - 1
            && c.SubjectCode is { Length: 3 or 5 or 7 } code && code[0] is '2' or '3' or '5');

    private static bool FiscalSection(Claim claim)
    {
        var last = claim.Section.Split(" / ")[^1];
        return last.Contains("财政拨款", StringComparison.Ordinal) && !last.Contains("一般公共预算", StringComparison.Ordinal);
    }

    private static bool AboutOneProject(Claim claim)
    {
        if (claim.Quote.Contains("该项目", StringComparison.Ordinal) || claim.Quote.Contains("本项目", StringComparison.Ordinal)
            || claim.Quote.Contains("此项目", StringComparison.Ordinal))
        {
            return true;
        }
        var last = claim.Section.Split(" / ")[^1];
        return last.Contains("项目", StringComparison.Ordinal) && !last.Contains("项目支出", StringComparison.Ordinal);
    }

    /// <summary>The B04 (F04) expenditure line of a 类 (by code or name), with the first expenditure amount column; null when none.</summary>
    private static (DisclosureTable Table, TableRow Row, int Index, Severity Severity)? FiscalExpenditureLine(DisclosureDocument document, Claim claim, bool final)
    {
        var code = claim.SubjectCode;
        if (code is null || code.Length != 3) return null;
        var table = document.Table(final ? TableId.F04 : TableId.B04);
        if (table is null) return null;
        var row = table.Rows.FirstOrDefault(r => r.Side != TableSide.Income && r.Code == code)
            ?? table.Rows.FirstOrDefault(r => r.Side != TableSide.Income && Recognition.FunctionClassNames.CodeOf(StripOrdinal(r.Name)) == code);
        if (row is null) return null;
        var index = -1;
        for (var i = 0; i < table.Columns.Count && i < row.Values.Count; i++)
        {
            if (table.Columns[i].Side == TableSide.Expenditure && row.Values[i].Value is not null) { index = i; break; }
        }
        return index < 0 ? null : (table, row, index, Severity.Error);
    }

    private static string StripOrdinal(string name)
    {
        var t = name.Trim();
        if (t.StartsWith('（') || t.StartsWith('('))
        {
            var k = t.IndexOfAny(['）', ')']);
            if (k > 0) t = t[(k + 1)..];
        }
        return t.Trim();
    }

    private static (DisclosureTable Table, TableRow Row, ColumnKey Column, Severity Severity)? Locate(DisclosureDocument document, Claim claim, bool final)
    {
        if (claim.SubjectCode is { } code && code.StartsWith('2') && code.Length is 3 or 5 or 7)
        {
            // The 类 structure of 一般公共预算 is B05; elsewhere (收支总体) a 类 is the all-funds B03 row.
            // A claim scoped to 财政拨款 or 政府性基金 is not compared yet (B04/B08).
            // In a section about 财政拨款 (whose scope includes 上年结转) a 类 is the B04 (F04) expenditure line, whatever
            // fund word the sentence names first ("收入全部为一般公共预算拨款…；支出包括：一般公共服务支出…").
            if (FiscalSection(claim)) return null;
            var general = claim.Scope == ClaimSubjects.GeneralBudget
                || (claim.Scope is null && claim.Section.Contains("一般公共预算", StringComparison.Ordinal));
            if (!general && claim.Scope is not null) return null;
            var table = general ? document.Table(final ? TableId.F05 : TableId.B05) : document.Table(final ? TableId.F03 : TableId.B03);
            var row = table?.RowByCode(code);
            return table is null || row is null ? null : (table, row, ColumnKey.Total, Severity.Error);
        }
        var threePublic = claim.Subject switch
        {
            ClaimSubjects.ThreePublic => ColumnKey.Total,
            ClaimSubjects.Abroad => ColumnKey.Abroad,
            ClaimSubjects.VehiclePurchase => ColumnKey.VehiclePurchase,
            ClaimSubjects.VehicleOperation => ColumnKey.VehicleOperation,
            ClaimSubjects.Reception => ColumnKey.Reception,
            // 会议费 / 培训费 stated in the 三公 chapter: the Shaanxi 三公 table prints them (elsewhere they are a project's items).
            "会议费" when claim.Section.Contains("三公", StringComparison.Ordinal) => ColumnKey.Meeting,
            "培训费" when claim.Section.Contains("三公", StringComparison.Ordinal) => ColumnKey.Training,
            _ => (ColumnKey?)null,
        };
        if (threePublic is { } key)
        {
            var table = document.Table(final ? TableId.F07 : TableId.B07);
            var row = table?.TotalRow() ?? table?.Rows.FirstOrDefault();
            if (table is null || row is null) return null;
            if (final && table.IndexOf(ColumnKey.Final) >= 0) return null; // budget/final layout: not compared yet
            return (table, row, key, Severity.Error);
        }
        if (!final && claim.Subject is ClaimSubjects.Basic or ClaimSubjects.Project or ClaimSubjects.GeneralBudget
                or ClaimSubjects.ExpenditureTotal)
        {
            // "拟安排该项目一般公共预算2,134.87万元": one project's funds, not the department's total.
            if (AboutOneProject(claim)) return null;
            // 基本/项目 of all funds → B03 合计 row; scoped to 一般公共预算 (or the 一般公共预算 total itself) → B05 合计 row.
            var general = claim.Subject == ClaimSubjects.GeneralBudget || claim.Scope == ClaimSubjects.GeneralBudget
                || (claim.Scope is null && claim.Section.Contains("一般公共预算", StringComparison.Ordinal));
            if (!general && claim.Scope is not null) return null;
            if (claim.Subject == ClaimSubjects.ExpenditureTotal && general) return null;
            var table = document.Table(general ? TableId.B05 : TableId.B03);
            var row = table?.TotalRow();
            if (table is null || row is null) return null;
            var column = claim.Subject switch
            {
                ClaimSubjects.Basic => ColumnKey.Basic,
                ClaimSubjects.Project => ColumnKey.Project,
                _ => ColumnKey.Total,
            };
            // A collapsed 合计 row (blank 基本 or 项目 cell while the other is printed) cannot be trusted.
            if (column != ColumnKey.Total && table.Cell(row, ColumnKey.Basic) is { IsBlank: true } != table.Cell(row, ColumnKey.Project) is { IsBlank: true })
            {
                return null;
            }
            return (table, row, column, Severity.Error);
        }
        if (claim.Subject is ClaimSubjects.Personnel or ClaimSubjects.Public or ClaimSubjects.OfficeOperation)
        {
            var table = document.Table(final ? TableId.F06 : TableId.B06);
            var row = table?.TotalRow();
            if (table is null || row is null) return null;
            var column = claim.Subject == ClaimSubjects.Personnel ? ColumnKey.Personnel : ColumnKey.Public;
            // A 合计 row with 人员经费 or 公用经费 blank is a collapsed layout (seed 001): its cells cannot be trusted.
            if (table.Cell(row, ColumnKey.Personnel) is not { IsBlank: false } || table.Cell(row, ColumnKey.Public) is not { IsBlank: false }) return null;
            return (table, row, column, claim.Subject == ClaimSubjects.OfficeOperation ? Severity.Warning : Severity.Error);
        }
        return null;
    }
}
