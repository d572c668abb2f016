using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Tables;
using static Gongkai.Core.Rules.CrossDocument.CrossDocumentText;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>
/// X-R02: the prior-year columns a template prints beside the current year (上年预算数, 上年执行数, 上年决算数) against
/// the prior year's disclosure of the same entity: the same table (a budget's B03/B05/B06/B07 and a final account's
/// F03/F05/F06/F07 stand for each other), the same row (by code, the 合计 row, or the summary line key), the column
/// the header names (基本/项目/人员/公用 …, else 合计). 上年执行数/决算数 is compared with the prior final account,
/// 上年预算数 with the prior budget. Warning: a template may print the adjusted budget there.
/// </summary>
public sealed partial class PriorYearColumnRule : ICrossDocumentRule
{
    /// <summary>{0} table, {1} row, {2} column, {3} value, {4} unit, {5} prior kind, {6} prior file, {7} prior place, {8} prior value, {9} prior unit.</summary>
    public const string Message = "{0}“{1}”行“{2}”列 {3}{4}，与上年{5}《{6}》{7} {8}{9}不一致。";

    private static readonly Dictionary<string, string> s_counterpart = new(StringComparer.Ordinal)
    {
        ["B03"] = "F03", ["B05"] = "F05", ["B06"] = "F06", ["B07"] = "F07",
        ["F03"] = "B03", ["F05"] = "B05", ["F06"] = "B06", ["F07"] = "B07",
    };

    public string Id => "X-R02";

    public string Title => "表中上年数与上年公开数不符";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.CrossTable;

    /// <summary>True when a column header names a prior-year amount (not 上年结转/结余, which are this year's sources).</summary>
    public static bool IsPriorYearColumn(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var h = string.Concat(header.Where(c => !char.IsWhiteSpace(c)));
        return PriorColumnRegex().IsMatch(h) && !h.Contains("结转", StringComparison.Ordinal) && !h.Contains("结余", StringComparison.Ordinal);
    }

    public IEnumerable<Finding> Evaluate(CrossDocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (document.Info.Year is not { } year) yield break;
        var ownKind = document.Info.Kind ?? DocumentKind.Budget;
        foreach (var table in document.Tables)
        {
            if (table.Id is not { } id) continue;
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var header = table.Columns[i].Header;
                if (!IsPriorYearColumn(header)) continue;
                var (baseKind, _) = PriorBase(header.Contains("上年", StringComparison.Ordinal) ? header : "上年" + header, ownKind);
                var prior = context.Find(year - 1, baseKind);
                if (prior is null) continue;
                var priorId = baseKind == ownKind ? id.Value : s_counterpart.GetValueOrDefault(id.Value);
                var priorTable = priorId is null ? null : prior.Tables.FirstOrDefault(t => t.Id?.Value == priorId);
                if (priorTable is null) continue;
                var key = KeyOf(header);
                foreach (var row in table.Rows)
                {
                    if (i >= row.Values.Count || row.Values[i].Value is not { } value) continue;
                    var priorRow = Match(priorTable, row);
                    if (priorRow is null) continue;
                    DocumentFigure? figure;
                    if (priorTable.Id == TableId.F07)
                    {
                        var finalRow = priorTable.Rows.FirstOrDefault(r => r.Name.Contains("决算", StringComparison.Ordinal));
                        figure = DocumentFigures.Cell(prior, priorTable, finalRow ?? priorRow, key);
                    }
                    else
                    {
                        figure = DocumentFigures.Cell(prior, priorTable, priorRow, key);
                    }
                    if (figure is null) continue;
                    var unit = table.AmountUnit;
                    var decimals = row.Values[i].Decimals;
                    var verdict = Verdict(value, figure.In(unit), Half(decimals) + figure.HalfIn(unit), Rounding.LastDigitUnit(decimals));
                    if (verdict == 0 || (verdict == 1 && !context.Options.ReportRoundingDifferences)) continue;
                    yield return new Finding
                    {
                        RuleId = Id, Severity = SeverityOf(verdict, DefaultSeverity), Category = Category,
                        Message = Format(Message, table.PrintedNumber ?? table.Title, row.Code is null ? row.Name : row.Code + " " + row.Name, header,
                            F(value), unit.ToChinese(), KindName(baseKind), FileOf(prior.Source), Place(figure.Evidence), F(figure.Value), figure.Unit.ToChinese()),
                        Table = id.Value, Row = row.Code ?? row.Key ?? row.Name, Column = header, Page = row.Page ?? table.Page, Line = row.Line,
                        Quote = string.IsNullOrWhiteSpace(row.Quote) ? row.Name : row.Quote,
                        Actual = value, Expected = Rounding.Round(figure.In(unit), Math.Max(decimals, 2)), Related = figure.Evidence,
                    };
                }
            }
        }
    }

    private static ColumnKey KeyOf(string header) =>
        header.Contains("基本", StringComparison.Ordinal) ? ColumnKey.Basic
        : header.Contains("项目", StringComparison.Ordinal) ? ColumnKey.Project
        : header.Contains("人员", StringComparison.Ordinal) ? ColumnKey.Personnel
        : header.Contains("公用", StringComparison.Ordinal) ? ColumnKey.Public
        : header.Contains("出国", StringComparison.Ordinal) ? ColumnKey.Abroad
        : header.Contains("购置", StringComparison.Ordinal) ? ColumnKey.VehiclePurchase
        : header.Contains("运行", StringComparison.Ordinal) ? ColumnKey.VehicleOperation
        : header.Contains("接待", StringComparison.Ordinal) ? ColumnKey.Reception
        : ColumnKey.Total;

    private static TableRow? Match(DisclosureTable prior, TableRow row)
    {
        if (row.Code is { } code)
        {
            var rows = prior.Rows.Where(r => r.Code == code).ToList();
            return rows.Count == 1 ? rows[0] : null;
        }
        if (row.Kind == RowKind.Total) return prior.TotalRow() ?? (prior.Rows.Count == 1 ? prior.Rows[0] : null);
        if (row.Key is { } key) return prior.RowByKey(key);
        return null;
    }

    [GeneratedRegex(@"^上年(?:度)?(?:年初)?(?:预算|执行|决算|实际)|^(?:上年数|上年)$|上年(?:预算|执行|决算)数", RegexOptions.CultureInvariant)]
    private static partial Regex PriorColumnRegex();
}
