using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Rules;

/// <summary>
/// One passing and one failing case per final-accounts rule, on <see cref="FinalAccountsSample"/> (no template
/// definitions: the standard identities of DOMAIN.md §6 apply).
/// </summary>
public class FinalRuleCaseTests
{
    private static RuleContext Context(DisclosureDocument d) => new(d, EmbeddedCatalogueProvider.Default, RuleOptions.Default);

    private static Func<TableRow, bool> Key(string key) => r => r.Key == key;

    private static Func<TableRow, bool> Code(string code) => r => r.Code == code;

    private static readonly Func<TableRow, bool> s_total = r => r.Kind == RowKind.Total;

    [Fact]
    public void Sample_IsConsistent()
    {
        var findings = RuleEngine.Run(Context(FinalAccountsSample.Consistent()));
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Message}")));
        Assert.Empty(RuleEngine.Run(Context(FinalAccountsSample.FundOnly())));
    }

    public static TheoryData<string, string, Severity> Cases() => new()
    {
        { "F-R01", "F01 business income", Severity.Warning },
        { "F-R02", "F01 class 210", Severity.Warning },
        { "F-R03", "F01 opening balance", Severity.Error },
        { "F-R04", "F01 closing balance", Severity.Error },
        { "F-R05", "F01 income grand total", Severity.Error },
        { "F-R06", "F02 total business income", Severity.Error },
        { "F-R07", "F03 class 221", Severity.Error },
        { "F-R08", "F04 general budget income", Severity.Error },
        { "F-R09", "F04 class 210 general budget", Severity.Error },
        { "F-R10", "F04 income grand total", Severity.Error },
        { "F-R12", "F04 general budget income", Severity.Error },
        { "F-R13", "F04 opening balance above F01", Severity.Warning },
        { "F-R14", "F05 class 221", Severity.Error },
        { "F-R15", "F04 gov fund spending", Severity.Warning },
        { "F-R16", "F05 item project above F03", Severity.Warning },
        { "F-R17", "F06 personnel total", Severity.Error },
        { "F-R18", "F06 class 301", Severity.Error },
        { "F-R19", "F07 final reception", Severity.Error },
        { "F-R21", "F06 30217 above F07", Severity.Warning },
        { "F-R22", "F08 closing balance", Severity.Error },
        { "F-R22", "F08 basic", Severity.Error },
        { "G2", "F05 item basic", Severity.Error },
        { "G2", "F03 item remittance", Severity.Error },
    };

    private static (DisclosureDocument Consistent, DisclosureDocument Changed) Apply(string change)
    {
        var d = FinalAccountsSample.Consistent();
        var e = TableSide.Expenditure;
        var i = TableSide.Income;
        return change switch
        {
            "F01 business income" => (d, DocumentEdits.Add(d, TableId.F01, Key(SummaryRowKeys.BusinessIncome), ColumnKey.Final, 1m, i)),
            "F01 class 210" => (d, DocumentEdits.Add(d, TableId.F01, Code("210"), ColumnKey.Final, 1m, e)),
            "F01 opening balance" => (d, DocumentEdits.Add(d, TableId.F01, Key(SummaryRowKeys.OpeningBalance), ColumnKey.Final, 1m, i)),
            "F01 closing balance" => (d, DocumentEdits.Add(d, TableId.F01, Key(SummaryRowKeys.ClosingBalance), ColumnKey.Final, 1m, e)),
            "F01 income grand total" => (d, DocumentEdits.Add(d, TableId.F01, Key(SummaryRowKeys.IncomeGrandTotal), ColumnKey.Final, 1m, i)),
            "F02 total business income" => (d, DocumentEdits.Add(d, TableId.F02, s_total, ColumnKey.BusinessIncome, 1m)),
            "F03 class 221" => (d, DocumentEdits.Add(d, TableId.F03, Code("221"), ColumnKey.Total, 1m)),
            "F04 general budget income" => (d, DocumentEdits.Add(d, TableId.F04, Key(SummaryRowKeys.GeneralBudget), ColumnKey.Final, 1m, i)),
            "F04 class 210 general budget" => (d, DocumentEdits.Add(d, TableId.F04, Code("210"), ColumnKey.GeneralBudget, 1m, e)),
            "F04 income grand total" => (d, DocumentEdits.Add(d, TableId.F04, Key(SummaryRowKeys.IncomeGrandTotal), ColumnKey.Final, 1m, i)),
            "F04 opening balance above F01" => (d, DocumentEdits.Add(d, TableId.F04, Key(SummaryRowKeys.OpeningBalance), ColumnKey.Final, 9m, i)),
            "F05 class 221" => (d, DocumentEdits.Add(d, TableId.F05, Code("221"), ColumnKey.Total, 1m)),
            "F04 gov fund spending" => (d, DocumentEdits.Add(d, TableId.F04, Key(SummaryRowKeys.CurrentYearExpenditureTotal), ColumnKey.GovFund, 1m, e)),
            "F05 item project above F03" => (d, DocumentEdits.Add(d, TableId.F05, Code("2101501"), ColumnKey.Project, 50m)),
            "F06 personnel total" => (d, DocumentEdits.Add(d, TableId.F06, Key(SummaryRowKeys.PersonnelTotal), ColumnKey.Final, 1m)),
            "F06 class 301" => (d, DocumentEdits.Add(d, TableId.F06, Code("301"), ColumnKey.Final, 1m)),
            "F07 final reception" => (d, DocumentEdits.Add(d, TableId.F07, r => r.Name == "决算数", ColumnKey.Reception, 1m)),
            "F06 30217 above F07" => (d, DocumentEdits.Add(d, TableId.F06, Code("30217"), ColumnKey.Final, 10m)),
            "F08 closing balance" => (FinalAccountsSample.FundOnly(),
                DocumentEdits.Add(FinalAccountsSample.FundOnly(), TableId.F08, Code("2120899"), ColumnKey.ClosingBalance, 1m)),
            "F08 basic" => (FinalAccountsSample.FundOnly(),
                DocumentEdits.Add(FinalAccountsSample.FundOnly(), TableId.F08, Code("2120899"), ColumnKey.Basic, 1m)),
            "F05 item basic" => (d, DocumentEdits.Add(d, TableId.F05, Code("2101103"), ColumnKey.Basic, 1m)),
            "F03 item remittance" => (d, DocumentEdits.Add(d, TableId.F03, Code("2210201"), ColumnKey.RemittanceToSuperior, 1m)),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_PassesOnConsistent_FailsOnChangedFigure(string ruleId, string change, Severity severity)
    {
        var rule = BuiltInRules.All.Single(r => r.Id == ruleId);
        Assert.Equal(severity, rule.DefaultSeverity);
        var (consistent, changed) = Apply(change);

        Assert.Empty(rule.Evaluate(Context(consistent)));

        var findings = rule.Evaluate(Context(changed)).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal(ruleId, f.RuleId);
            Assert.Equal(severity, f.Severity);
            Assert.False(string.IsNullOrEmpty(f.Table));
        });
    }

    [Fact]
    public void FinalLeafChange_IsLocatedOnTheChangedCell()
    {
        var d = FinalAccountsSample.Consistent();
        var changed = DocumentEdits.Add(d, TableId.F03, Code("2101103"), ColumnKey.Basic, 1m);
        var findings = RuleEngine.Run(Context(changed));
        var located = findings.Where(f => f.Table == "F03" && f.Row == "2101103" && f.Column == "基本支出").ToList();
        Assert.Contains(located, f => f.RuleId == "G1");
        Assert.Contains(located, f => f.RuleId == "G2");
        Assert.All(located, f =>
        {
            Assert.Equal(11.00m, f.Actual);
            Assert.Equal(10.00m, f.Expected);
        });
    }
}
