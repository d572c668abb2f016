using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Rules;

/// <summary>
/// One passing and one failing case per budget identity rule: the generated document passes; one edited figure makes
/// the rule report (with its own severity) and name the edited cell or the identity it breaks.
/// </summary>
public class BudgetRuleCaseTests
{
    private static GeneratedDisclosure Find(Func<DisclosureDocument, bool> wanted) =>
        Enumerable.Range(0, 400).Select(DisclosureGenerator.Budget).First(g => wanted(g.Document));

    private static decimal Line(DisclosureDocument d, TableId id, string key) => d.Table(id)!.RowByKey(key)!.Values.First(v => !v.IsBlank).OrZero;

    private static bool HasGovFund(DisclosureDocument d) => !d.Table(TableId.B08)!.IsEmpty;

    private static bool AllGeneralBudget(DisclosureDocument d) =>
        new[] { SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital, SummaryRowKeys.BusinessIncome, SummaryRowKeys.OtherIncome }
            .All(k => d.Table(TableId.B01)!.RowByKey(k)!.Values[0].OrZero == 0m);

    private static readonly Func<TableRow, bool> s_section = r => r.Kind == RowKind.Section;
    private static readonly Func<TableRow, bool> s_item = r => r.Kind == RowKind.Item;
    private static readonly Func<TableRow, bool> s_total = r => r.Kind == RowKind.Total;

    private static Func<TableRow, bool> Key(string key) => r => r.Key == key;

    private static readonly Func<TableRow, bool> s_expenditureClass = r => r.Kind == RowKind.Class && r.Side == TableSide.Expenditure;

    public static TheoryData<string, string, Severity> Cases() => new()
    {
        { "G1", "B03 section basic", Severity.Error },
        { "G2", "B02 item general budget", Severity.Error },
        { "B-R01", "B01 income grand total", Severity.Error },
        { "B-R02", "B01 business income", Severity.Error },
        { "B-R03", "B01 carry forward", Severity.Error },
        { "B-R04", "B01 general budget", Severity.Warning },
        { "B-R05", "B01 class", Severity.Error },
        { "B-R06", "B02 item total", Severity.Error },
        { "B-R07", "B03 item project", Severity.Error },
        { "B-R08", "B04 class general budget", Severity.Error },
        { "B-R09", "B04 general budget income", Severity.Error },
        { "B-R10", "B04 grand total (fully fiscal)", Severity.Warning },
        { "B-R10", "B04 grand total above B01", Severity.Warning },
        { "B-R11", "B05 total", Severity.Error },
        { "B-R12", "B08 total", Severity.Error },
        { "B-R13", "B05 item basic (all general budget)", Severity.Warning },
        { "B-R13", "B05 item above B03", Severity.Warning },
        { "B-R14", "B06 total", Severity.Error },
        { "B-R15", "B06 section personnel", Severity.Error },
        { "B-R15", "B06 total personnel", Severity.Error },
        { "B-R16", "B07 reception", Severity.Error },
        { "B-R17", "B07 reception below B06 30217", Severity.Warning },
    };

    private static (GeneratedDisclosure Generated, DisclosureDocument Changed) Apply(string change)
    {
        switch (change)
        {
            case "B03 section basic":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B03, s_section, ColumnKey.Basic, 1m)); }
            case "B02 item general budget":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B02, s_item, ColumnKey.GeneralBudget, 1m)); }
            case "B01 income grand total":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B01, Key(SummaryRowKeys.IncomeGrandTotal), ColumnKey.Total, 1m, TableSide.Income)); }
            case "B01 business income":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B01, Key(SummaryRowKeys.BusinessIncome), ColumnKey.Total, 1m, TableSide.Income)); }
            case "B01 carry forward":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B01, Key(SummaryRowKeys.CarryForward), ColumnKey.Total, 1m, TableSide.Expenditure)); }
            case "B01 general budget":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B01, Key(SummaryRowKeys.GeneralBudget), ColumnKey.Total, 1m, TableSide.Income)); }
            case "B01 class":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B01, s_expenditureClass, ColumnKey.Total, 1m, TableSide.Expenditure)); }
            case "B02 item total":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B02, s_item, ColumnKey.Total, 1m)); }
            case "B03 item project":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B03, s_item, ColumnKey.Project, 1m)); }
            case "B04 class general budget":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B04, s_expenditureClass, ColumnKey.GeneralBudget, 1m, TableSide.Expenditure)); }
            case "B04 general budget income":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B04, Key(SummaryRowKeys.GeneralBudget), ColumnKey.Total, 1m, TableSide.Income)); }
            case "B04 grand total (fully fiscal)":
            {
                var g = Find(AllGeneralBudget);
                return (g, DocumentEdits.Add(g.Document, TableId.B04, Key(SummaryRowKeys.IncomeGrandTotal), ColumnKey.Total, 1m, TableSide.Income));
            }
            case "B04 grand total above B01":
            {
                var g = Find(d => Line(d, TableId.B01, SummaryRowKeys.BusinessIncome) > 0m);
                var gap = Line(g.Document, TableId.B01, SummaryRowKeys.IncomeGrandTotal) - Line(g.Document, TableId.B04, SummaryRowKeys.IncomeGrandTotal);
                return (g, DocumentEdits.Add(g.Document, TableId.B04, Key(SummaryRowKeys.IncomeGrandTotal), ColumnKey.Total, gap + 5m, TableSide.Income));
            }
            case "B05 total":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B05, s_total, ColumnKey.Total, 1m)); }
            case "B08 total":
            { var g = Find(HasGovFund); return (g, DocumentEdits.Add(g.Document, TableId.B08, s_total, ColumnKey.Total, 1m)); }
            case "B05 item basic (all general budget)":
            { var g = Find(AllGeneralBudget); return (g, DocumentEdits.Add(g.Document, TableId.B05, s_item, ColumnKey.Basic, 1m)); }
            case "B05 item above B03":
            {
                var g = Find(d => !AllGeneralBudget(d));
                return (g, DocumentEdits.Add(g.Document, TableId.B05, s_item, ColumnKey.Total, 100_000m));
            }
            case "B06 total":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B06, s_total, ColumnKey.Total, 1m)); }
            case "B06 section personnel":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B06, r => r.Code == "30101", ColumnKey.Personnel, 1m)); }
            case "B06 total personnel":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B06, s_total, ColumnKey.Personnel, 1m)); }
            case "B07 reception":
            { var g = Find(_ => true); return (g, DocumentEdits.Add(g.Document, TableId.B07, _ => true, ColumnKey.Reception, 1m)); }
            case "B07 reception below B06 30217":
            {
                var g = Find(d => d.Table(TableId.B06)!.RowByCode("30217")!.Values[0].OrZero > 1m);
                var b07 = g.Document.Table(TableId.B07)!;
                var reception = b07.Cell(b07.Rows[0], ColumnKey.Reception)!.Value.OrZero;
                var d1 = DocumentEdits.Add(g.Document, TableId.B07, _ => true, ColumnKey.Reception, -reception);
                return (g, DocumentEdits.Add(d1, TableId.B07, _ => true, ColumnKey.Total, -reception));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_PassesOnConsistent_FailsOnChangedFigure(string ruleId, string change, Severity severity)
    {
        var rule = BuiltInRules.All.Single(r => r.Id == ruleId);
        Assert.Equal(severity, rule.DefaultSeverity);
        var (generated, changed) = Apply(change);

        Assert.Empty(rule.Evaluate(generated.Context()));

        var findings = rule.Evaluate(generated.Context(changed)).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal(ruleId, f.RuleId);
            Assert.Equal(severity, f.Severity);
            Assert.Equal(rule.Category, f.Category);
            Assert.False(string.IsNullOrEmpty(f.Table));
            Assert.Contains("：", f.Message, StringComparison.Ordinal);
        });
    }
}
