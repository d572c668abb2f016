using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Narrative;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>A figure found in another document, in its own unit, with where it was found.</summary>
public sealed record DocumentFigure(decimal Value, int Decimals, AmountUnit Unit, FindingEvidence Evidence)
{
    /// <summary>The value in <paramref name="unit"/>.</summary>
    public decimal In(AmountUnit unit) => AmountUnitExtensions.Convert(Value, Unit, unit);

    /// <summary>Half a unit of the last printed digit, in <paramref name="unit"/>.</summary>
    public decimal HalfIn(AmountUnit unit) => AmountUnitExtensions.Convert(Rounding.LastDigitUnit(Decimals) / 2m, Unit, unit);
}

/// <summary>
/// Finds the figure of a claim's subject in another document: first the table cell the subject refers to (the same
/// cells <c>N-TABLE-AMOUNT</c> uses: a 类/款/项 code in B03/B05 (F03/F05), 基本/项目支出 and the 合计 rows, 人员/公用经费 in
/// B06/F06, 三公 in B07/F07), else a claim of that document with the same subject, code and fund scope — only when all
/// such claims agree. A blank cell or a collapsed row is no figure (null).
/// </summary>
public static class DocumentFigures
{
    /// <summary>
    /// The fund scope of a claim: the one its sentence states, else the one its section heading names (一般公共预算,
    /// 政府性基金, 财政拨款), else null (all funds).
    /// </summary>
    public static string? EffectiveScope(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Scope is not null) return claim.Scope;
        var last = claim.Section.Split(" / ")[^1];
        if (last.Contains("一般公共预算", StringComparison.Ordinal)) return ClaimSubjects.GeneralBudget;
        if (last.Contains("政府性基金", StringComparison.Ordinal)) return ClaimSubjects.GovFund;
        if (last.Contains("财政拨款", StringComparison.Ordinal)) return "财政拨款";
        return null;
    }

    /// <summary>The current-year figure of <paramref name="claim"/>'s subject in <paramref name="document"/> (its 预算数 or 决算数).</summary>
    public static DocumentFigure? Find(DisclosureDocument document, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(claim);
        var income = IsIncomeSection(claim.Section) ? FromIncomeLines(document, claim.Subject) : null;
        return income ?? FromTables(document, claim.Subject, claim.SubjectCode, EffectiveScope(claim)) ?? FromClaims(document, claim);
    }

    /// <summary>True when the innermost heading is about income (收入预算 / 收入决算), not expenditure.</summary>
    private static bool IsIncomeSection(string section)
    {
        var last = section.Split(" / ")[^1];
        return last.Contains("收入", StringComparison.Ordinal) && !last.Contains("支出", StringComparison.Ordinal);
    }

    /// <summary>
    /// Income subjects of an income section on the income side of B01/F01: 一般公共预算(拨款收入), 政府性基金, 国有资本经营,
    /// 本年收入合计. Null for other subjects (their figure is then looked up as expenditure, or in the text).
    /// </summary>
    public static DocumentFigure? FromIncomeLines(DisclosureDocument document, string subject)
    {
        ArgumentNullException.ThrowIfNull(document);
        var key = subject switch
        {
            ClaimSubjects.GeneralBudget => SummaryRowKeys.GeneralBudget,
            ClaimSubjects.GovFund => SummaryRowKeys.GovFund,
            ClaimSubjects.StateCapital => SummaryRowKeys.StateCapital,
            ClaimSubjects.IncomeTotal => SummaryRowKeys.CurrentYearIncomeTotal,
            _ => null,
        };
        if (key is null) return null;
        var table = document.Table(document.Info.Kind == DocumentKind.FinalAccounts ? TableId.F01 : TableId.B01);
        var row = table?.Rows.FirstOrDefault(r => r.Key == key && r.Side != TableSide.Expenditure);
        if (table is null || row is null) return null;
        for (var i = 0; i < row.Values.Count && i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Side == TableSide.Expenditure || row.Values[i].Value is null) continue;
            return CellAt(document, table, row, i);
        }
        return null;
    }

    /// <summary>The claims of a document (extracted when the document was not enriched).</summary>
    public static IReadOnlyList<Claim> ClaimsOf(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Claims.Count > 0 ? document.Claims : ClaimExtractor.Extract(document);
    }

    /// <summary>
    /// The table cell of a subject (normalised <see cref="ClaimSubjects"/> name or 类/款/项 code) in a document, for the
    /// given fund scope (null: all funds); null when the document has no such cell or it cannot be trusted.
    /// </summary>
    public static DocumentFigure? FromTables(DisclosureDocument document, string subject, string? code, string? scope)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(subject);
        var final = document.Info.Kind == DocumentKind.FinalAccounts;
        var general = scope == ClaimSubjects.GeneralBudget;
        if (code is not null && code.StartsWith('2') && code.Length is 3 or 5 or 7)
        {
            if (!general && scope is not null) return null;
            var table = document.Table(general ? (final ? TableId.F05 : TableId.B05) : (final ? TableId.F03 : TableId.B03));
            if (table is null) return null;
            var rows = table.Rows.Where(r => r.Code == code).ToList();
            return rows.Count == 1 ? Cell(document, table, rows[0], ColumnKey.Total) : null;
        }
        switch (subject)
        {
            case ClaimSubjects.Basic or ClaimSubjects.Project or ClaimSubjects.ExpenditureTotal or ClaimSubjects.GeneralBudget:
            {
                general |= subject == ClaimSubjects.GeneralBudget;
                if (!general && scope is not null) return null;
                var table = document.Table(general ? (final ? TableId.F05 : TableId.B05) : (final ? TableId.F03 : TableId.B03));
                var row = table?.TotalRow();
                if (table is null || row is null) return null;
                var column = subject switch
                {
                    ClaimSubjects.Basic => ColumnKey.Basic,
                    ClaimSubjects.Project => ColumnKey.Project,
                    _ => ColumnKey.Total,
                };
                // A collapsed 合计 row (one of 基本/项目 blank while the other is printed) cannot be trusted.
                if (column != ColumnKey.Total && table.Cell(row, ColumnKey.Basic) is { IsBlank: true } != table.Cell(row, ColumnKey.Project) is { IsBlank: true })
                {
                    return null;
                }
                return Cell(document, table, row, column);
            }
            case ClaimSubjects.Personnel or ClaimSubjects.Public:
            {
                if (scope is not null && !general) return null;
                var table = document.Table(final ? TableId.F06 : TableId.B06);
                if (table is null) return null;
                var column = subject == ClaimSubjects.Personnel ? ColumnKey.Personnel : ColumnKey.Public;
                if (table.IndexOf(column) >= 0 && table.TotalRow() is { } total)
                {
                    if (table.Cell(total, ColumnKey.Personnel) is not { IsBlank: false } || table.Cell(total, ColumnKey.Public) is not { IsBlank: false }) return null;
                    return Cell(document, table, total, column);
                }
                var line = table.RowByKey(subject == ClaimSubjects.Personnel ? SummaryRowKeys.PersonnelTotal : SummaryRowKeys.PublicTotal);
                return line is null ? null : FirstValue(document, table, line);
            }
        }
        if (ThreePublicColumn(subject) is { } key)
        {
            var table = document.Table(final ? TableId.F07 : TableId.B07);
            if (table is null) return null;
            if (final)
            {
                // Transposed layout: rows 预算数 / 决算数; else the template's 决算 columns on the single row.
                var finalRow = table.Rows.FirstOrDefault(r => r.Name.Contains("决算", StringComparison.Ordinal));
                if (finalRow is not null) return Cell(document, table, finalRow, key);
                if (table.IndexOf(new ColumnKey("Budget" + key.Value)) < 0 && table.Rows.Any(r => r.Name.Contains("预算", StringComparison.Ordinal))) return null;
            }
            var row = table.TotalRow() ?? (table.Rows.Count == 1 ? table.Rows[0] : null);
            return row is null ? null : Cell(document, table, row, key);
        }
        return null;
    }

    /// <summary>The 年初预算 of a 三公 item printed in a final account's F07 (row 预算数, or the template's 预算数 columns).</summary>
    public static DocumentFigure? ThreePublicBudgetInFinal(DisclosureDocument document, ColumnKey key)
    {
        ArgumentNullException.ThrowIfNull(document);
        var table = document.Table(TableId.F07);
        if (table is null) return null;
        var budgetRow = table.Rows.FirstOrDefault(r => r.Name.Contains("预算", StringComparison.Ordinal) && !r.Name.Contains("决算", StringComparison.Ordinal));
        if (budgetRow is not null) return Cell(document, table, budgetRow, key);
        var prefixed = new ColumnKey("Budget" + key.Value);
        var row = table.TotalRow() ?? (table.Rows.Count == 1 ? table.Rows[0] : null);
        return row is null ? null : Cell(document, table, row, prefixed);
    }

    /// <summary>The 三公 column key of a subject, or null.</summary>
    public static ColumnKey? ThreePublicColumn(string subject) => subject switch
    {
        ClaimSubjects.ThreePublic => ColumnKey.Total,
        ClaimSubjects.Abroad => ColumnKey.Abroad,
        ClaimSubjects.VehiclePurchase => ColumnKey.VehiclePurchase,
        ClaimSubjects.VehicleOperation => ColumnKey.VehicleOperation,
        ClaimSubjects.Reception => ColumnKey.Reception,
        "公务用车购置及运行费" => ColumnKey.VehicleSubtotal,
        _ => null,
    };

    /// <summary>The cell (row, column key) of a table as a figure with evidence; null when the column is absent or the cell blank.</summary>
    public static DocumentFigure? Cell(DisclosureDocument document, DisclosureTable table, TableRow row, ColumnKey key)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        var index = table.IndexOf(key);
        return index < 0 ? null : CellAt(document, table, row, index);
    }

    /// <summary>The cell at a column index as a figure with evidence; null when out of range or blank.</summary>
    public static DocumentFigure? CellAt(DisclosureDocument document, DisclosureTable table, TableRow row, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        if (index < 0 || index >= row.Values.Count || row.Values[index].Value is not { } value) return null;
        return new DocumentFigure(value, row.Values[index].Decimals, table.AmountUnit, new FindingEvidence
        {
            Source = document.Source,
            Table = table.Id?.Value,
            Row = row.Code ?? row.Name,
            Column = table.Columns[index].Header,
            Page = row.Page ?? table.Page,
            Line = row.Line,
            Quote = string.IsNullOrWhiteSpace(row.Quote) ? row.Name : row.Quote,
            Value = value,
            Unit = table.AmountUnit.ToChinese(),
        });
    }

    private static DocumentFigure? FirstValue(DisclosureDocument document, DisclosureTable table, TableRow row)
    {
        for (var i = 0; i < row.Values.Count; i++)
        {
            if (row.Values[i].Value is not null) return CellAt(document, table, row, i);
        }
        return null;
    }

    private static DocumentFigure? FromClaims(DisclosureDocument document, Claim claim)
    {
        var final = document.Info.Kind == DocumentKind.FinalAccounts;
        var scope = EffectiveScope(claim);
        var matches = ClaimsOf(document)
            .Where(c => c.Subject == claim.Subject && c.SubjectCode == claim.SubjectCode && c.Unit is not null
                && EffectiveScope(c) == scope && (final ? c.Final ?? c.Amount : c.Amount) is not null)
            .ToList();
        if (matches.Count == 0) return null;
        var figures = matches.Select(c => (Claim: c, Value: (final ? c.Final ?? c.Amount : c.Amount)!.Value,
            Decimals: final && c.Final is not null ? c.FinalDecimals : c.AmountDecimals)).ToList();
        var first = figures.OrderByDescending(f => f.Decimals).First();
        // Several statements of the subject must agree (at the coarser precision), else the figure is ambiguous.
        foreach (var f in figures)
        {
            var a = AmountUnitExtensions.Convert(f.Value, f.Claim.Unit!.Value, first.Claim.Unit!.Value);
            var d = Math.Min(f.Decimals, first.Decimals);
            if (Rounding.Round(a, d) != Rounding.Round(first.Value, d)) return null;
        }
        return new DocumentFigure(first.Value, first.Decimals, first.Claim.Unit!.Value, new FindingEvidence
        {
            Source = document.Source,
            Line = first.Claim.Line,
            Quote = first.Claim.Quote,
            Section = first.Claim.Section,
            Value = first.Value,
            Unit = first.Claim.Unit.Value.ToChinese(),
        });
    }
}
