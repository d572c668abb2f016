using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Recognition;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>
/// The recogniser on the corpus PDFs whose template it knows (Shanghai budgets and final accounts, the central 部门公开表1–9): the template,
/// year and entity, every table by id in printed order (page continuations joined), and one whole table cell by cell
/// (values checked by eye against the PDF).
/// </summary>
public sealed class PdfRecognitionCorpusTests
{
    private static DisclosureDocument Recognize(string fileName) => new DefaultDocumentRecognizer().Recognize(PdfCorpus.Document(fileName));

    public static TheoryData<string, string, int, string, string> Covered() => new()
    {
        { "sh-putuo-zhengfuban-2025-unit-budget.pdf", "shanghai-9", 2025, "上海市普陀区人民政府办公室", "B01 B02 B03 B04 B05 B08 B09 B06 B07" },
        { "sh-city-caizhengju-2025-unit-budget.pdf", "shanghai-9", 2025, "上海市财政局", "B01 B02 B03 B04 B05 B08 B09 B06 B07" },
        { "sh-putuo-wanli-2023-dept-budget.pdf", "shanghai-9", 2023, "上海市普陀区人民政府万里街道办事处", "B01 B02 B03 B04 B05 B08 B09 B06 B07 B16 B16 B16 B16" },
        { "sh-putuo-caizhengju-2024-dept-final.pdf", "final-9", 2024, "上海市普陀区财政局", "F01 F02 F03 F04 F05 F06 F07 F08 F09" },
        { "central-guojiaxinfangju-2026-dept-budget.pdf", "central-9", 2026, "国家信访局", "B01 B02 B03 B04 B05 B06 B08 B09 B07 B16 B16 B16" },
    };

    [Theory]
    [MemberData(nameof(Covered))]
    public void Recognize_ShanghaiPdf_FindsTemplateYearEntityAndEveryTable(string fileName, string templateId, int year, string entity, string tableIds)
    {
        var document = Recognize(fileName);

        Assert.Equal(templateId, document.Info.TemplateId);
        Assert.Equal(year, document.Info.Year);
        Assert.Equal(entity, document.Info.Entity);
        Assert.Equal(tableIds, string.Join(' ', document.Tables.Select(t => t.Id?.Value ?? "?")));
        Assert.All(document.Tables, t => Assert.NotNull(t.Page));
        Assert.All(document.Tables.SelectMany(t => t.Rows), r => Assert.NotNull(r.Page));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "IMPORT-UNKNOWN-TABLE");
    }

    [Fact]
    public void Recognize_ZhengfubanExpenditureTable_JoinsItsContinuationPageAndReadsEveryCell()
    {
        var document = Recognize("sh-putuo-zhengfuban-2025-unit-budget.pdf");
        var table = document.Tables.Single(t => t.Id == TableId.B03);

        Assert.Equal(AmountUnit.Yuan, table.AmountUnit);
        Assert.Equal(11, table.Page);
        Assert.Contains(document.Diagnostics, d => d.Code == "IMPORT-TABLE-CONTINUED" && d.Page == 12);
        // Code, name, 合计, 基本支出, 项目支出 (blank = null), page — as printed on pages 11–12 (元).
        (string? Code, string Name, decimal? Total, decimal? Basic, decimal? Project, int Page)[] expected =
        [
            ("201", "一般公共服务支出", 82_096_797.42m, 15_686_797.42m, 66_410_000.00m, 11),
            ("20103", "政府办公厅（室）及相关机构事务", 82_096_797.42m, 15_686_797.42m, 66_410_000.00m, 11),
            ("2010301", "行政运行", 12_029_501.84m, 11_919_501.84m, 110_000.00m, 11),
            ("2010302", "一般行政管理事务", 46_140_000.00m, null, 46_140_000.00m, 11),
            ("2010350", "事业运行", 3_807_295.58m, 3_767_295.58m, 40_000.00m, 11),
            ("2010399", "其他政府办公厅（室）及相关机构事务支出", 20_120_000.00m, null, 20_120_000.00m, 11),
            ("208", "社会保障和就业支出", 4_213_779.28m, 4_213_779.28m, null, 11),
            ("20805", "行政事业单位养老支出", 4_213_779.28m, 4_213_779.28m, null, 11),
            ("2080501", "行政单位离退休", 1_554_220.00m, 1_554_220.00m, null, 11),
            ("2080505", "机关事业单位基本养老保险缴费支出", 1_763_159.52m, 1_763_159.52m, null, 11),
            ("2080506", "机关事业单位职业年金缴费支出", 881_579.76m, 881_579.76m, null, 11),
            ("2080599", "其他行政事业单位养老支出", 14_820.00m, 14_820.00m, null, 11),
            ("210", "卫生健康支出", 1_097_073.43m, 1_097_073.43m, null, 12),
            ("21011", "行政事业单位医疗", 1_097_073.43m, 1_097_073.43m, null, 12),
            ("2101101", "行政单位医疗", 782_855.28m, 782_855.28m, null, 12),
            ("2101102", "事业单位医疗", 314_218.15m, 314_218.15m, null, 12),
            ("221", "住房保障支出", 3_609_125.22m, 3_609_125.22m, null, 12),
            ("22102", "住房改革支出", 3_609_125.22m, 3_609_125.22m, null, 12),
            ("2210201", "住房公积金", 1_741_445.22m, 1_741_445.22m, null, 12),
            ("2210203", "购房补贴", 1_867_680.00m, 1_867_680.00m, null, 12),
            (null, "合计", 91_016_775.35m, 24_606_775.35m, 66_410_000.00m, 12),
        ];
        var actual = table.Rows.Select(r => (r.Code, r.Name, table.Cell(r, ColumnKey.Total)?.Value, table.Cell(r, ColumnKey.Basic)?.Value,
            table.Cell(r, ColumnKey.Project)?.Value, r.Page ?? 0)).ToArray();
        Assert.Equal(expected, actual);
        Assert.Equal(RowKind.Total, table.Rows[^1].Kind);
    }

    [Fact]
    public void Recognize_CentralExpenditureTable_ReadsSevenDigitCodesInOneCell()
    {
        var table = Recognize("central-guojiaxinfangju-2026-dept-budget.pdf").Tables.Single(t => t.Id == TableId.B03);

        // Code, 合计, 基本支出, 项目支出 as printed on pages 7–8 (万元).
        (string? Code, decimal? Total, decimal? Basic, decimal? Project)[] expected =
        [
            ("201", 47_179.30m, 7_736.44m, 39_442.86m), ("20140", 47_179.30m, 7_736.44m, 39_442.86m),
            ("2014001", 6_286.21m, 6_286.21m, null), ("2014002", 737.29m, null, 737.29m), ("2014003", 844.83m, 844.83m, null),
            ("2014004", 2_475.01m, null, 2_475.01m), ("2014050", 605.40m, 605.40m, null), ("2014099", 36_230.56m, null, 36_230.56m),
            ("205", 118.01m, null, 118.01m), ("20508", 118.01m, null, 118.01m), ("2050803", 118.01m, null, 118.01m),
            ("208", 2_208.19m, 2_208.19m, null), ("20805", 2_208.19m, 2_208.19m, null), ("2080501", 929.97m, 929.97m, null),
            ("2080503", 193.52m, 193.52m, null), ("2080505", 657.51m, 657.51m, null), ("2080506", 427.19m, 427.19m, null),
            ("221", 1_111.44m, 1_111.44m, null), ("22102", 1_111.44m, 1_111.44m, null), ("2210201", 701.74m, 701.74m, null),
            ("2210202", 68.70m, 68.70m, null), ("2210203", 341.00m, 341.00m, null),
            (null, 50_616.94m, 11_056.07m, 39_560.87m),
        ];
        var actual = table.Rows.Select(r => (r.Code, table.Cell(r, ColumnKey.Total)?.Value, table.Cell(r, ColumnKey.Basic)?.Value,
            table.Cell(r, ColumnKey.Project)?.Value)).ToArray();
        Assert.Equal(expected, actual);
        Assert.Equal(AmountUnit.WanYuan, table.AmountUnit);
    }

    [Fact]
    public void Recognize_FinalBasicExpenditureInTwoPanels_ReadsLeftPanelThenRightPanelAcrossPages()
    {
        var document = Recognize("sh-putuo-caizhengju-2024-dept-final.pdf");
        var table = document.Tables.Single(t => t.Id == TableId.F06);

        var codes = table.Rows.Where(r => r.Code is { Length: 3 }).Select(r => r.Code).ToList();
        Assert.Equal(["301", "303", "302", "310"], codes);
        Assert.All(table.Rows.Where(r => r.Code is not null), r => Assert.True(r.Code!.Length is 3 or 5, r.Code));
        Assert.Equal(2_152.26m, table.RowByKey(SummaryRowKeys.PersonnelTotal)?.Values[0].Value);
        Assert.Equal(184.65m, table.RowByKey(SummaryRowKeys.PublicTotal)?.Values[0].Value);
        Assert.Equal(17, table.RowByCode("30399")?.Page);
    }

    public static TheoryData<string, string> ErrorFindings() => new()
    {
        { "sh-putuo-zhengfuban-2025-unit-budget.pdf", "" },
        { "sh-city-caizhengju-2025-unit-budget.pdf", "" },
        { "sh-putuo-wanli-2023-dept-budget.pdf", "" },
        // F06 302 商品和服务支出 prints 171.07 while its 款 lines printed under it add up to 171.09 (checked against the PDF).
        { "sh-putuo-caizhengju-2024-dept-final.pdf", "G1 F06 302" },
    };

    [Theory]
    [MemberData(nameof(ErrorFindings))]
    public void Rules_ShanghaiPdf_ReportOnlyTheRealInconsistencies(string fileName, string expected)
    {
        var document = Recognize(fileName);
        var context = new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default)
        {
            Template = TemplateRegistry.Default.Get(document.Info.TemplateId!),
        };

        var errors = RuleEngine.Run(context).Where(f => f.Severity == Severity.Error).ToList();

        Assert.Equal(expected, string.Join("; ", errors.Select(f => $"{f.RuleId} {f.Table} {f.Row}")));
        Assert.All(errors, f => Assert.NotNull(f.Page));
    }

    /// <summary>
    /// The central file's only errors are the two real ones (checked against the PDF): 委托业务费 333.83 ÷ 1,057.85 is
    /// 31.56%, not the printed 31.35%; the 财政拨款 text says 18,728.91 万元 while 表4 prints 18,728.94. The 财政拨款
    /// paragraph's shares and amounts (of 18,728.94 incl. 上年结转) and the 减少…扣除后增加 sentence are not errors.
    /// </summary>
    [Fact]
    public void Rules_CentralPdf_ReportOnlyTheRealNarrativeInconsistencies()
    {
        var document = Recognize("central-guojiaxinfangju-2026-dept-budget.pdf");
        var context = new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default)
        {
            Template = TemplateRegistry.Default.Get(document.Info.TemplateId!),
        };

        var errors = RuleEngine.Run(context).Where(f => f.Severity == Severity.Error).ToList();

        Assert.Equal("N-ARITH-CHANGE-RATE 31.35; N-TABLE-AMOUNT B04 收入总计 18728.91",
            string.Join("; ", errors.Select(f => string.Join(' ', new[] { f.RuleId, f.Table, f.Row, f.Actual?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(x => x is not null)))));
    }

    /// <summary>
    /// The Xi'an file after the xian-units layouts, the 政府经济科目 split lines, the class breakdowns and the cross-table
    /// precision: no 表2/表3 column identity, no 表6/表8 G1, no narrative error, and B-R09 only as 四舍五入 (表1 prints one
    /// decimal). 表5 is one table over pp46–47 (no G1 合计 vs 205 + 208, no D-R04 on 20899, whose 2089999 is on p47), 表13 is
    /// B07 (no D-R01), and B-R30 compares 表10 (all funds) with 表5 (一般公共预算) only as ≤. What remains, each checked against
    /// the PDF (docs/pdf-corpus.md): B-R15 ×2 (real: 表8 books 695,898.00 of 30239 as 人员经费), B-R09 ×2 and two
    /// N-TABLE-AMOUNT 四舍五入 infos (the text adds rounded parts: 53,598.71 + 16,778.16 = 70,376.87; 470.60 + 235.30 = 705.90).
    /// </summary>
    [Fact]
    public void Rules_XianPdf_ReportNoFalseColumnOrNarrativeErrors()
    {
        var document = Recognize("xian-minzhengju-2021-dept-budget.pdf");
        var context = new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default)
        {
            Template = TemplateRegistry.Default.Get(document.Info.TemplateId!),
        };

        var findings = RuleEngine.Run(context).ToList();

        Assert.Equal("B-R15 B06; B-R15 B06", string.Join("; ", findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.RuleId} {f.Table}")));
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Warning);
        Assert.Equal("B-R09 B04 0.03; B-R09 B04 -0.04; N-TABLE-AMOUNT B04 0.01; N-TABLE-AMOUNT B05 0.01",
            string.Join("; ", findings.Where(f => f.Severity == Severity.Info).OrderBy(f => f.RuleId, StringComparer.Ordinal)
                .Select(f => $"{f.RuleId} {f.Table} {(f.Actual - f.Expected)?.ToString(System.Globalization.CultureInfo.InvariantCulture)}")));
    }

    /// <summary>
    /// Xi'an 表13 read as B07: its identities (合计 = 三公小计 + 会议费 + 培训费; 三公小计 = 出国 + 用车 + 接待; 用车 = 购置 + 运行),
    /// B-R17 against 表8 and the 三公 chapter's amounts (31.08, 12.78, 18.30, 会议费 29.92 = 29.925, 培训费 102.32 万元) all
    /// hold on the printed figures; a changed 公务接待费 or 会议费 cell is caught by both the identity and the text check.
    /// </summary>
    [Fact]
    public void Rules_XianPdf_ThreePublicTableIsCheckedAgainstItsPartsAndTheText()
    {
        var document = Recognize("xian-minzhengju-2021-dept-budget.pdf");
        string Run(DisclosureDocument d) => string.Join("; ", RuleEngine.Run(new RuleContext(d, EmbeddedCatalogueProvider.Default, RuleOptions.Default)
            {
                Template = TemplateRegistry.Default.Get(d.Info.TemplateId!),
            })
            .Where(f => f.Table == "B07" || f.RuleId is "B-R16" or "B-R17")
            .Select(f => $"{f.RuleId} {f.Severity} {f.Column}"));

        Assert.Equal("", Run(document));

        Assert.Equal("B-R16 Error “三公”经费小计; N-TABLE-AMOUNT Error 公务接待费", Run(WithTotalCell(document, ColumnKey.Reception, 137_840.00m)));
        Assert.Equal("B-R16 Error 合计（“三公”经费、会议费、培训费）; N-TABLE-AMOUNT Error 会议费", Run(WithTotalCell(document, ColumnKey.Meeting, 309_250.00m)));
    }

    /// <summary>The document with one cell of B07's 合计 row replaced.</summary>
    private static DisclosureDocument WithTotalCell(DisclosureDocument document, ColumnKey key, decimal value) => document with
    {
        Tables = document.Tables.Select(t => t.Id != TableId.B07 ? t : t with
        {
            Rows = t.Rows.Select((r, i) => i != 0 ? r : r with
            {
                Values = r.Values.Select((v, c) => c == t.IndexOf(key) ? CellValue.Of(value) : v).ToList(),
            }).ToList(),
        }).ToList(),
    };
}
