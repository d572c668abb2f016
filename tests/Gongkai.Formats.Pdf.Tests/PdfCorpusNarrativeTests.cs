using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Recognition;
using Gongkai.Core.Rules;
using Gongkai.Core.Templates;
using Gongkai.Core.Workflows;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>
/// Chapter headings of corpus PDFs that a layout quirk hid, and the narrative checks that depend on them (figures checked
/// by hand against the page with pdftotext -layout and the rendered page).
/// </summary>
public sealed class PdfCorpusNarrativeTests
{
    private const string Hangzhou = "hangzhou-qixiangju-2026-dept-budget.pdf";

    private static DisclosureDocument Enriched(string fileName) => PdfCorpus.Checked(fileName);

    private static List<Finding> Run(DisclosureDocument document) =>
        RuleEngine.Run(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default)
        {
            Template = TemplateRegistry.Default.Get(document.Info.TemplateId!),
        }).ToList();

    /// <summary>
    /// Hangzhou p5 prints “（四）财政拨款收支预算情况的总体说明（详见表 4）” as a full, indented line, followed by an indented first
    /// line of text: the heading is its own section, so “收入包括：一般公共预算收入5,753.07万元” is read in the 财政拨款 section.
    /// </summary>
    [Fact]
    public void Narrative_HangzhouIndentedHeadingFillingItsLine_IsASectionOfItsOwn()
    {
        var document = Enriched(Hangzhou);

        var headings = document.Sections.Select(s => s.Heading).ToList();
        Assert.Contains("（四）财政拨款收支预算情况的总体说明（详见表4）", headings);
        Assert.Contains("（六）一般公共预算基本支出情况说明（详见表6）", headings);
        Assert.Contains("（八）政府性基金预算支出情况说明（详见表8）", headings);
        var claim = Assert.Single(document.Claims, c => c.Quote == "收入包括：一般公共预算收入5,753.07万元");
        Assert.EndsWith("（四）财政拨款收支预算情况的总体说明（详见表4）", claim.Section, StringComparison.Ordinal);
    }

    /// <summary>
    /// The 财政拨款 income (5,753.07) agrees with 表4 (B04): no narrative error is left. The real findings stay: 四舍五入 info
    /// on 表1/表2/表3/表4, the missing 机关运行经费 chapter, and (with the codes filled from names) B-R15 on 表6, which books
    /// 53.00 of 303 其他对个人和家庭的补助 as 日常公用支出 (人员经费 2,906.80 ≠ 301 + 303 = 2,959.80).
    /// </summary>
    [Fact]
    public void Rules_HangzhouPdf_FiscalIncomeAgreesWithTable4AndRealFindingsStay()
    {
        var findings = Run(Enriched(Hangzhou));

        Assert.Equal([("B-R15", "B06"), ("B-R15", "B06")], findings.Where(f => f.Severity == Severity.Error).Select(f => (f.RuleId, f.Table)));
        Assert.Contains(findings, f => f.RuleId == "B-R15" && f.Actual == 2_906.80m && f.Expected == 2_959.80m);
        Assert.Contains(findings, f => f.RuleId == "B-R25" && f.Severity == Severity.Warning);
        Assert.Contains(findings, f => f.RuleId == "G1" && f.Table == "B04" && f.Severity == Severity.Info);
        Assert.Contains(findings, f => f.RuleId == "B-R02" && f.Table == "B01" && f.Severity == Severity.Info);
    }

    /// <summary>The claim is compared with 表4: a wrong figure in that sentence is reported against B04, not B01.</summary>
    [Fact]
    public void Rules_HangzhouPdf_WrongFiscalIncomeIsComparedWithTable4()
    {
        var document = Enriched(Hangzhou);
        var claims = document.Claims.Select(c => c.Quote == "收入包括：一般公共预算收入5,753.07万元" ? c with { Amount = 5_700.00m } : c).ToList();

        var findings = Run(document with { Claims = claims });

        var error = Assert.Single(findings, f => f.Severity == Severity.Error && f.Category == FindingCategory.NarrativeVsTable);
        Assert.Equal("N-TABLE-AMOUNT", error.RuleId);
        Assert.Equal("B04", error.Table);
        Assert.Equal(5_753.07m, error.Expected);
    }

    /// <summary>
    /// Fuzhou prints 13 项目支出绩效目标表 (p26–p39). Each is read with its indicators (counts checked against the pages) and each
    /// has a 满意度指标; p37's is named like its level 2 (“服务对象满意度指标 … ≥95%”), which used to be dropped (false P-R05).
    /// </summary>
    [Fact]
    public void Performance_FuzhouTargets_ReadEveryIndicatorWithItsSatisfactionLevel()
    {
        var document = Enriched("fuzhou-yibaoju-2026-dept-budget.pdf");

        Assert.Equal(13, document.Performance.Count);
        Assert.Equal([6, 7, 7, 8, 10, 10, 10, 10, 8, 10, 6, 6, 6], document.Performance.Select(p => p.Indicators.Count));
        Assert.All(document.Performance, p => Assert.Contains(p.Indicators, i => i.Level1 == "满意度指标"));
        var p37 = document.Performance[10];
        Assert.Equal(("综合工作经费", "福州市医疗保障基金中心"), (p37.ProjectName, p37.ImplementingUnit));
        var satisfaction = p37.Indicators[^1];
        Assert.Equal(("满意度指标", "服务对象满意度指标", "服务对象满意度指标", "≥95%"),
            (satisfaction.Level1, satisfaction.Level2, satisfaction.Name, satisfaction.Target?.Text));
        Assert.DoesNotContain(Run(document), f => f.RuleId == "P-R05");
    }

    /// <summary>
    /// Beijing's explanation file prints no table and ends with “附件：北京市医疗保障局2026年度部门预算报表” (p8): the 报表 are
    /// published apart, recorded with the page (a PDF paragraph has a page, not a line).
    /// </summary>
    [Fact]
    public void Recognize_BeijingNarrative_RecordsTheTablesAttachment()
    {
        var document = new DefaultDocumentRecognizer().Recognize(PdfCorpus.Document("bj-yibaoju-2026-dept-budget.narrative.pdf"));

        Assert.True(document.Info.TablesPublishedSeparately);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == "IMPORT-TABLES-SEPARATE");
        Assert.Equal(8, diagnostic.Page);
        Assert.Contains("第 8 页", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Beijing's 预算13表 runs onto p28 with neither title nor header, after the last cell's overflow “管效能” at the foot of
    /// p27: the 18 rows of p28 are 预算13表's (26 + 18).
    /// </summary>
    [Fact]
    public void Recognize_BeijingTables_UntitledLastPageContinuesTable13()
    {
        var document = Enriched("bj-yibaoju-2026-dept-budget.tables.pdf");

        var table = Assert.Single(document.Tables, t => t.Id == Gongkai.Core.Tables.TableId.B17);
        Assert.Equal(44, table.Rows.Count);
        Assert.Equal(18, table.Rows.Count(r => r.Page == 28));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "IMPORT-UNKNOWN-TABLE");
        Assert.Contains(table.Rows, r => r.Page == 28 && r.Quote.Contains("满意度指标服务对象满意度指标参保人员满意度", StringComparison.Ordinal));
    }

    /// <summary>
    /// Guangzhou p25 prints its 重点项目 绩效目标 as an untitled list (项目 | 预算数（单位：万元） | 绩效目标) under the heading
    /// “七、重点项目预算绩效目标情况”: a B16 titled by that heading, read as one project target per row (as printed).
    /// </summary>
    [Fact]
    public void Performance_GuangzhouKeyProjectList_IsB16WithOneTargetPerProject()
    {
        var document = Enriched("gz-tongjiju-2026-dept-budget.pdf");

        var table = Assert.Single(document.Tables, t => t.Id == Gongkai.Core.Tables.TableId.B16);
        Assert.Equal(("重点项目预算绩效目标情况", 25), (table.Title, table.Page));
        var targets = document.Performance.Select(p => (p.ProjectName, p.Fund(Gongkai.Core.Performance.PerformanceFundKind.Total)?.Amount.Value)).ToList();
        (string?, decimal?)[] expected = [("广州市第四次全国农业普查经费", 534.72m), ("统计专项经费", 195.19m), ("其他运行经费", 7m)];
        Assert.Equal(expected, targets);
        Assert.All(document.Performance, p => Assert.StartsWith("通过", p.Goal, StringComparison.Ordinal));
        Assert.DoesNotContain(Run(document), f => f.Category == FindingCategory.Performance);
    }
}
