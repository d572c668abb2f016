using Gongkai.Compose.Checks;
using Gongkai.Compose.Composing;
using Gongkai.Compose.Demo;
using Gongkai.Compose.Ledger;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;

namespace Gongkai.Compose.Tests;

public sealed class LedgerCheckerTests
{
    private static BudgetLedger Demo() => DemoLedgers.All().Single(d => d.Key == "city-2022-budget").Ledger;

    private static BudgetLedger WithItem(BudgetLedger ledger, LineItem item) => ledger with { LineItems = [.. ledger.LineItems, item] };

    private static LineItem Item(string function = "2101501", string economic = "30201", decimal amount = 1.5m,
        ExpenditureKind kind = ExpenditureKind.Basic, string? project = null, FundSource source = FundSource.GeneralBudget) => new()
    {
        FunctionCode = function, EconomicCode = economic, AmountWanYuan = amount, Kind = kind, ProjectName = project, Source = source,
        Location = new CellLocation("预算明细", 42, "A"),
    };

    private static IReadOnlyList<LedgerIssue> Errors(BudgetLedger ledger) =>
        new LedgerChecker().Check(ledger).Where(i => i.Severity == Severity.Error).ToList();

    [Fact]
    public void Check_DemoLedgers_HaveNoErrors()
    {
        foreach (var demo in DemoLedgers.All()) Assert.Empty(Errors(demo.Ledger));
    }

    [Theory]
    [InlineData("2101598", "LEDGER-FUNCTION-CODE")] // no such 项 under 21015
    [InlineData("21015", "LEDGER-FUNCTION-CODE")]   // a 款, not a 项
    [InlineData("2109901", "LEDGER-FUNCTION-CODE")] // not in the catalogue under 款 21099
    public void Check_BadFunctionCode_ReportsErrorWithPlace(string code, string expected)
    {
        var issues = Errors(WithItem(Demo(), Item(function: code)));
        var issue = Assert.Single(issues, i => i.Code == expected);
        Assert.Equal(42, issue.Location!.Row);
        Assert.Contains(code, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RetiredFunctionCode_SaysWhenItWasValid()
    {
        // 21015 医疗保障管理事务 starts in 2019: a 2018 ledger cannot use it.
        var ledger = Demo() with { Year = 2018 };
        var issue = Errors(ledger).First(i => i.Code == "LEDGER-FUNCTION-CODE");
        Assert.Contains("2019", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownEconomicCode_IsError() =>
        Assert.Contains(Errors(WithItem(Demo(), Item(economic: "30298"))), i => i.Code == "LEDGER-ECONOMIC-CODE");

    [Fact]
    public void Check_ThreeDecimals_IsError() =>
        Assert.Contains(Errors(WithItem(Demo(), Item(amount: 1.234m))), i => i.Code == "LEDGER-DECIMALS");

    [Fact]
    public void Check_BasicBookedToProject_IsError() =>
        Assert.Contains(Errors(WithItem(Demo(), Item(project: "某项目"))), i => i.Code == "LEDGER-BASIC-PROJECT");

    [Fact]
    public void Check_ProjectWithoutName_IsError() =>
        Assert.Contains(Errors(WithItem(Demo(), Item(kind: ExpenditureKind.Project))), i => i.Code == "LEDGER-PROJECT-NAME");

    [Fact]
    public void Check_SourceTheTemplateCannotPrint_IsError() =>
        Assert.Contains(Errors(WithItem(Demo(), Item(source: FundSource.FiscalCarryover, kind: ExpenditureKind.Project, project: "结转项目"))), i => i.Code == "LEDGER-SOURCE");

    [Fact]
    public void Check_ChangeWithoutReason_IsErrorAboveThresholdOnly()
    {
        var ledger = Demo();
        var changed = LedgerChecker.ComparedFigures(ledger).First(f => f.Subject == ChangeSubjects.Basic);
        var noReasons = ledger with { Reasons = [], PriorYear = [.. ledger.PriorYear.Where(p => p.Subject != ChangeSubjects.Basic), new PriorYearFigure(ChangeSubjects.Basic, changed.Current - 5m)] };
        Assert.Contains(Errors(noReasons), i => i.Code == "LEDGER-REASON" && i.Message.Contains("基本支出", StringComparison.Ordinal));
        var lenient = noReasons with { Options = new ComposeOptions { ReasonThresholdWanYuan = 1_000_000m } };
        Assert.DoesNotContain(Errors(lenient), i => i.Code == "LEDGER-REASON");
    }

    [Fact]
    public void Compose_WithErrors_RefusesAndReturnsIssues()
    {
        var result = new DisclosureComposer().Compose(WithItem(Demo(), Item(amount: 1.234m)));
        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        Assert.Contains(result.Issues, i => i.Code == "LEDGER-DECIMALS");
    }

    [Fact]
    public void Check_TenThousandLineItems_IsFast()
    {
        var ledger = Demo();
        var items = Enumerable.Range(0, 10_000).Select(i => Item(amount: 0.01m * (1 + (i % 500)))).ToList();
        var big = ledger with { LineItems = [.. ledger.LineItems, .. items] };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = new DisclosureComposer().Compose(big with { Options = new ComposeOptions { ReasonThresholdWanYuan = 1_000_000m } });
        watch.Stop();
        Assert.True(result.Succeeded, string.Join("\n", result.Issues.Where(i => i.Severity == Severity.Error).Take(5)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"10,000 line items took {watch.Elapsed}");
    }

    [Fact]
    public void Rules_OnATamperedComposedDocument_FindTheChange()
    {
        // The zero-findings acceptance is meaningful only if the rules see a wrong figure in a composed document.
        var result = new DisclosureComposer().Compose(Demo());
        var document = result.Document!;
        var b05 = document.Table(TableId.B05)!;
        var total = b05.TotalRow()!;
        var tampered = total with { Values = [.. total.Values.Select((v, i) => i == 0 ? new CellValue(v.OrZero + 1m, 2) : v)] };
        var table = b05 with { Rows = [.. b05.Rows.Select(r => ReferenceEquals(r, total) ? tampered : r)] };
        var changed = DocumentExtraction.Enrich(document with { Tables = [.. document.Tables.Select(t => ReferenceEquals(t, b05) ? table : t)] });
        var findings = RuleEngine.Run(new RuleContext(changed, EmbeddedCatalogueProvider.Default, RuleOptions.Default) { Template = result.Template });
        Assert.Contains(findings, f => f.Severity == Severity.Error);
    }
}
