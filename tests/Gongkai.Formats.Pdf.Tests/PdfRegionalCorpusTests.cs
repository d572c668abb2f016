using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Recognition;
using Gongkai.Core.Tables;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>
/// Every corpus PDF recognised: template, entity, year, kind and every table's canonical id in printed order (page
/// continuations joined); and, for the Guangdong, Zhejiang, Fujian and Hunan files, every cell of chosen tables against
/// the figures printed in the PDF (read off the page by hand and against poppler's <c>pdftotext -layout</c>).
/// </summary>
public sealed class PdfRegionalCorpusTests
{
    private static DisclosureDocument Recognize(string fileName) => new DefaultDocumentRecognizer().Recognize(PdfCorpus.Document(fileName));

    public static TheoryData<string, string?, int?, string?, string> Files() => new()
    {
        { "bj-yibaoju-2026-dept-budget.narrative.pdf", "beijing-13", 2026, "北京市医疗保障局", "" },
        // The 报表 attachment has no cover: 预算13表's “（2026年度）” and “部门名称 | 北京市医疗保障局” name year and department; its
        // last page (p28, no title, no header, under a cell's overflow “管效能”) continues 预算13表.
        { "bj-yibaoju-2026-dept-budget.tables.pdf", "beijing-13", 2026, "北京市医疗保障局", "B01 B02 B03 B04 B05 B06 B08 B09 B07 B12 B13 B16 B17" },
        { "central-guojiaxinfangju-2026-dept-budget.pdf", "central-9", 2026, "国家信访局", "B01 B02 B03 B04 B05 B06 B08 B09 B07 B16 B16 B16" },
        { "changsha-gonganju-2025-dept-budget.pdf", "hunan-8", 2025, "长沙市公安局", "B01 B02 B03 B04 B05 B06 B07 B08 B16 B17" },
        { "fuzhou-yibaoju-2026-dept-budget.pdf", "fujian-10", 2026, "福州市医疗保障局", "B01 B02 B03 B04 B05 B08 B09 B14 B06 B07" + string.Concat(Enumerable.Repeat(" B16", 13)) },
        // The last table is the 重点项目绩效目标 list printed inside the explanation under “七、重点项目预算绩效目标情况” (B16).
        { "gz-tongjiju-2026-dept-budget.pdf", "guangdong-12", 2026, "广州市统计局", "B01 B02 B03 B04 B05 B06 B20 B07 B08 B09 B14 B10 B16" },
        { "hangzhou-qixiangju-2026-dept-budget.pdf", "zhejiang-11", 2026, "杭州市气象局", "B01 B02 B03 B04 B05 B06 B07 B08 B09 B10 B16" },
        { "sh-city-caizhengju-2025-unit-budget.pdf", "shanghai-9", 2025, "上海市财政局", "B01 B02 B03 B04 B05 B08 B09 B06 B07" },
        { "sh-putuo-caizhengju-2024-dept-final.pdf", "final-9", 2024, "上海市普陀区财政局", "F01 F02 F03 F04 F05 F06 F07 F08 F09" },
        { "sh-putuo-wanli-2023-dept-budget.pdf", "shanghai-9", 2023, "上海市普陀区人民政府万里街道办事处", "B01 B02 B03 B04 B05 B08 B09 B06 B07 B16 B16 B16 B16" },
        { "sh-putuo-zhengfuban-2025-unit-budget.pdf", "shanghai-9", 2025, "上海市普陀区人民政府办公室", "B01 B02 B03 B04 B05 B08 B09 B06 B07" },
        { "xian-minzhengju-2021-dept-budget.pdf", "shaanxi-16", 2021, "西安市民政局", XianIds },
    };

    private const string XianIds = "B01 B02 B03 B04 B05 B14 B19 B06 B08 B15 B11 B12 B07 B16 B17 B18";

    [Theory]
    [MemberData(nameof(Files))]
    public void Recognize_CorpusPdf_FindsTemplateEntityYearKindAndTables(string fileName, string? templateId, int? year, string? entity, string tableIds)
    {
        var document = Recognize(fileName);

        Assert.Equal(templateId, document.Info.TemplateId);
        Assert.Equal(year, document.Info.Year);
        Assert.Equal(entity, document.Info.Entity);
        Assert.Equal(fileName.Contains("-final", StringComparison.Ordinal) ? DocumentKind.FinalAccounts : DocumentKind.Budget, document.Info.Kind);
        Assert.Equal(tableIds, string.Join(' ', document.Tables.Select(t => t.Id?.Value ?? "?")));
        Assert.All(document.Tables, t => Assert.NotNull(t.Page));
        // Unrecognised tables are kept, each with a diagnostic.
        Assert.Equal(document.Tables.Count(t => t.Id is null), document.Diagnostics.Count(d => d.Code == "IMPORT-UNKNOWN-TABLE"));
    }

    private static DisclosureTable Table(string fileName, TableId id, int index = 0) => Recognize(fileName).Tables.Where(t => t.Id == id).ElementAt(index);

    private static decimal? V(DisclosureTable t, TableRow r, ColumnKey key) => t.Cell(r, key)?.Value;

    // ---- Guangzhou (Guangdong 表1–表12) ------------------------------------------------------------------------------

    [Fact]
    public void Gz_GeneralBudgetByFunction_ReadsBracketedCodesAndEveryCell()
    {
        var t = Table("gz-tongjiju-2026-dept-budget.pdf", TableId.B05);
        // 表5 (p13, 万元): [code]名称 | 小计 | 基本支出 | 项目支出.
        (string? Code, decimal? Total, decimal? Basic, decimal? Project)[] expected =
        [
            (null, 9_433.72m, 8_401.67m, 1_032.05m),
            ("201", 8_295.28m, 7_263.23m, 1_032.05m), ("20105", 8_295.28m, 7_263.23m, 1_032.05m),
            ("2010501", 6_453.03m, 6_453.03m, 0m), ("2010505", 388.56m, 0m, 388.56m), ("2010506", 17.47m, 0m, 17.47m),
            ("2010507", 611.02m, 0m, 611.02m), ("2010508", 15.00m, 0m, 15.00m), ("2010550", 810.20m, 810.20m, 0m),
            ("208", 370.17m, 370.17m, 0m), ("20801", 20.92m, 20.92m, 0m), ("2080105", 20.92m, 20.92m, 0m),
            ("20805", 349.25m, 349.25m, 0m), ("2080501", 45.60m, 45.60m, 0m), ("2080502", 39.91m, 39.91m, 0m),
            ("2080505", 175.83m, 175.83m, 0m), ("2080506", 87.91m, 87.91m, 0m),
            ("210", 4.15m, 4.15m, 0m), ("21007", 4.15m, 4.15m, 0m), ("2100799", 4.15m, 4.15m, 0m),
            ("221", 764.12m, 764.12m, 0m), ("22102", 764.12m, 764.12m, 0m), ("2210201", 197.59m, 197.59m, 0m), ("2210203", 566.53m, 566.53m, 0m),
        ];
        Assert.Equal(expected, t.Rows.Select(r => (r.Code, V(t, r, ColumnKey.Total), V(t, r, ColumnKey.Basic), V(t, r, ColumnKey.Project))).ToArray());
        Assert.Equal(RowKind.Total, t.Rows[0].Kind);
        Assert.Equal("行政运行", t.RowByCode("2010501")!.Name);
    }

    [Fact]
    public void Gz_ThreePublicWithAdministrativeCosts_IsReadTransposedWithEveryCell()
    {
        var t = Table("gz-tongjiju-2026-dept-budget.pdf", TableId.B07);
        // 表8 (p15): item rows × 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算.
        (string? Key, decimal? Total, decimal? General, decimal? Fund, decimal? Capital)[] expected =
        [
            ("AdministrativeCosts", 839.21m, 839.21m, 0m, 0m), ("Total", 19.86m, 19.86m, 0m, 0m), ("Abroad", 5.00m, 5.00m, 0m, 0m),
            ("VehicleSubtotal", 6.70m, 6.70m, 0m, 0m), ("VehiclePurchase", 0m, 0m, 0m, 0m), ("VehicleOperation", 6.70m, 6.70m, 0m, 0m),
            ("Reception", 8.16m, 8.16m, 0m, 0m),
        ];
        Assert.Equal(expected, t.Rows.Select(r => (r.Key, V(t, r, ColumnKey.Total), V(t, r, ColumnKey.GeneralBudget), V(t, r, ColumnKey.GovFund),
            V(t, r, ColumnKey.StateCapital))).ToArray());
        Assert.Equal(AmountUnit.WanYuan, t.AmountUnit);
    }

    [Fact]
    public void Gz_EmptyFundTables_AreEmptyWithTheirNote()
    {
        var document = Recognize("gz-tongjiju-2026-dept-budget.pdf");
        foreach (var id in new[] { TableId.B08, TableId.B09 })
        {
            var t = document.Tables.Single(x => x.Id == id);
            Assert.Contains("无发生额", t.EmptyNote, StringComparison.Ordinal);
            Assert.All(t.Rows, r => Assert.All(r.Values, v => Assert.Equal(0m, v.OrZero)));
        }
    }

    // ---- Hangzhou (Zhejiang 表1–表11, names without codes, 栏次 rows) -------------------------------------------------

    [Fact]
    public void Hangzhou_ThreePublicByUnit_ReadsEveryCell()
    {
        var t = Table("hangzhou-qixiangju-2026-dept-budget.pdf", TableId.B07);
        // 表7 (p21): 单位名称 | “三公”经费合计 | 因公出国(境)费用 | 小计 | 公务用车购置费 | 公务用车运行维护费 | 公务接待费 (blank = null).
        (string Name, decimal? Total, decimal? Abroad, decimal? Vehicle, decimal? Purchase, decimal? Operation, decimal? Reception)[] expected =
        [
            ("合计", 24.02m, null, 18.00m, null, 18.00m, 6.02m),
            ("杭州市气象局", 13.13m, null, 7.20m, null, 7.20m, 5.93m),
            ("杭州市气象服务中心（杭州市预警信息发布中心）", 10.89m, null, 10.80m, null, 10.80m, 0.09m),
        ];
        Assert.Equal(expected, t.Rows.Select(r => (r.Name, V(t, r, ColumnKey.Total), V(t, r, ColumnKey.Abroad), V(t, r, ColumnKey.VehicleSubtotal),
            V(t, r, ColumnKey.VehiclePurchase), V(t, r, ColumnKey.VehicleOperation), V(t, r, ColumnKey.Reception))).ToArray());
    }

    [Fact]
    public void Hangzhou_ProjectTable_ReadsEveryCellAndTheTotalInTheProjectColumn()
    {
        var t = Table("hangzhou-qixiangju-2026-dept-budget.pdf", TableId.B10);
        // 表10 (p24): 单位名称 | 项目名称 | 总计 | 一般公共预算 | 政府性基金 | 国有资本经营预算 | 财政专户管理资金 | 单位资金.
        (string Name, string? Project, decimal? Total, decimal? General, decimal? Fund, decimal? Capital, decimal? Special, decimal? Unit)[] expected =
        [
            ("合计", null, 2_131.61m, 2_008.00m, null, null, null, 123.61m),
            ("杭州市气象局", "气象业务建设", 1_097.02m, 1_002.10m, null, null, null, 94.92m),
            ("杭州市气象局", "气象设施维护及科普", 887.90m, 887.90m, null, null, null, null),
            ("杭州市气象服务中心（杭州市预警信息发布中心）", "专业系统维护及科普", 146.69m, 118.00m, null, null, null, 28.69m),
        ];
        Assert.Equal(expected, t.Rows.Select(r => (r.Name, r.ProjectName, V(t, r, ColumnKey.Total), V(t, r, ColumnKey.GeneralBudget), V(t, r, ColumnKey.GovFund),
            V(t, r, ColumnKey.StateCapital), V(t, r, ColumnKey.SpecialAccount), V(t, r, ColumnKey.UnitFunds))).ToArray());
        Assert.Equal(RowKind.Total, t.Rows[0].Kind);
    }

    [Fact]
    public void Hangzhou_IncomeByUnit_SkipsTheColumnNumberRowAndReadsEveryCell()
    {
        var t = Table("hangzhou-qixiangju-2026-dept-budget.pdf", TableId.B02);
        // 表2 (p16): 总计 | 本年收入小计 | 一般公共预算 | … | 其他收入 | 上年结转结余 …; only these columns print figures.
        (string Name, decimal? Total, decimal? Current, decimal? General, decimal? Other)[] expected =
        [
            ("合计", 5_876.67m, 5_876.67m, 5_753.07m, 123.61m),
            ("杭州市气象局", 5_876.67m, 5_876.67m, 5_753.07m, 123.61m),
            ("杭州市气象局", 5_011.05m, 5_011.05m, 4_916.13m, 94.92m),
            ("杭州市气象服务中心（杭州市预警信息发布中心）", 865.62m, 865.62m, 836.93m, 28.69m),
        ];
        Assert.Equal(expected, t.Rows.Select(r => (r.Name, V(t, r, ColumnKey.Total), V(t, r, new ColumnKey("CurrentYearIncomeTotal")),
            V(t, r, ColumnKey.GeneralBudget), V(t, r, ColumnKey.OtherIncome))).ToArray());
        Assert.All(t.Rows, r => Assert.Equal(4, r.Values.Count(v => !v.IsBlank)));
    }

    // ---- Fuzhou (Fujian 一至十) ----------------------------------------------------------------------------------------

    [Fact]
    public void Fuzhou_GeneralBudgetByFunction_ReadsEveryCell()
    {
        var t = Table("fuzhou-yibaoju-2026-dept-budget.pdf", TableId.B05);
        // 五、一般公共预算拨款支出预算表 (p14, 万元): 小计 | 基本支出 | 项目支出 (blank = null).
        (string? Code, decimal? Total, decimal? Basic, decimal? Project)[] expected =
        [
            (null, 351_904.90m, 7_841.26m, 344_063.64m),
            ("208", 1_073.21m, 1_073.21m, null), ("20805", 1_073.21m, 1_073.21m, null), ("2080501", 178.51m, 178.51m, null),
            ("2080502", 64.40m, 64.40m, null), ("2080505", 553.54m, 553.54m, null), ("2080506", 276.76m, 276.76m, null),
            ("210", 349_680.44m, 5_616.80m, 344_063.64m), ("21012", 333_412.14m, null, 333_412.14m), ("2101201", 7.14m, null, 7.14m),
            ("2101202", 333_405.00m, null, 333_405.00m), ("21013", 7_296.00m, null, 7_296.00m), ("2101301", 7_296.00m, null, 7_296.00m),
            ("21015", 8_972.30m, 5_616.80m, 3_355.50m), ("2101501", 3_530.82m, 3_490.82m, 40.00m), ("2101502", 1_306.00m, null, 1_306.00m),
            ("2101506", 1_160.00m, null, 1_160.00m), ("2101550", 2_230.48m, 2_125.98m, 104.50m), ("2101599", 745.00m, null, 745.00m),
            ("221", 1_151.25m, 1_151.25m, null), ("22102", 1_151.25m, 1_151.25m, null), ("2210201", 583.67m, 583.67m, null),
            ("2210202", 102.58m, 102.58m, null), ("2210203", 465.00m, 465.00m, null),
        ];
        Assert.Equal(expected, t.Rows.Select(r => (r.Code, V(t, r, ColumnKey.Total), V(t, r, ColumnKey.Basic), V(t, r, ColumnKey.Project))).ToArray());
    }

    [Fact]
    public void Fuzhou_EconomicClassesAndThreePublic_ReadEveryCell()
    {
        var document = Recognize("fuzhou-yibaoju-2026-dept-budget.pdf");
        var econ = document.Tables.Single(t => t.Id == TableId.B14);
        // 八、一般公共预算支出经济分类情况表 (p17): 科目编码 | 科目名称 | 预算数.
        (string? Code, decimal? Amount)[] classes =
        [
            (null, 351_904.90m), ("301", 7_070.34m), ("302", 3_827.85m), ("303", 7_542.35m), ("307", null), ("309", null),
            ("310", 59.36m), ("311", null), ("312", null), ("313", 333_405.00m), ("399", null),
        ];
        Assert.Equal(classes, econ.Rows.Select(r => (r.Code, V(econ, r, ColumnKey.Total))).ToArray());

        var threePublic = document.Tables.Single(t => t.Id == TableId.B07);
        // 十、一般公共预算“三公”经费支出预算表 (p21): items as rows, 预算数.
        (string? Key, decimal? Amount)[] items =
        [
            ("Total", 5.00m), ("Abroad", 0m), ("Reception", 5.00m), ("VehicleSubtotal", 0m), ("VehiclePurchase", 0m), ("VehicleOperation", 0m),
        ];
        Assert.Equal(items, threePublic.Rows.Select(r => (r.Key, V(threePublic, r, ColumnKey.Total))).ToArray());
    }

    // ---- Changsha (Hunan) ---------------------------------------------------------------------------------------------

    [Fact]
    public void Changsha_GeneralBudgetAndThreePublic_ReadEveryCell()
    {
        var document = Recognize("changsha-gonganju-2025-dept-budget.pdf");
        var b05 = document.Tables.Single(t => t.Id == TableId.B05);
        // 2025年一般公共预算支出情况表 (p18, 万元): 类 | 款 | 项 | 功能科目 | 总计 | 基本支出 | 项目支出, in printed order.
        (string? Code, decimal? Total, decimal? Basic, decimal? Project)[] expected =
        [
            (null, 68_632.12m, 28_398.17m, 40_233.95m),
            ("204", 68_629.12m, 28_398.17m, 40_230.95m), ("20402", 68_629.12m, 28_398.17m, 40_230.95m),
            ("2040201", 28_398.17m, 28_398.17m, null), ("2040220", 1_740.93m, null, 1_740.93m), ("2040202", 36_490.02m, null, 36_490.02m),
            ("2040221", 100.00m, null, 100.00m), ("2040219", 1_900.00m, null, 1_900.00m),
            ("201", 3.00m, null, 3.00m), ("20111", 3.00m, null, 3.00m), ("2011199", 3.00m, null, 3.00m),
        ];
        Assert.Equal(expected, b05.Rows.Select(r => (r.Code, V(b05, r, ColumnKey.Total), V(b05, r, ColumnKey.Basic), V(b05, r, ColumnKey.Project))).ToArray());

        var b07 = document.Tables.Single(t => t.Id == TableId.B07);
        // 2025年一般公共预算“三公”经费支出情况表 (p21): 小计 | 公务接待费 | 因公出国（境）费 | 公务用车购置及运行费 | 其中：购置 | 其中：运行.
        (string Name, decimal? Total, decimal? Reception, decimal? Abroad, decimal? Vehicle, decimal? Purchase, decimal? Operation)[] rows =
        [
            ("合计", 458.50m, 28.50m, 30.00m, 400.00m, 150.00m, 250.00m),
            ("106_长沙市公安局", 458.50m, 28.50m, 30.00m, 400.00m, 150.00m, 250.00m),
        ];
        Assert.Equal(rows, b07.Rows.Select(r => (r.Name, V(b07, r, ColumnKey.Total), V(b07, r, ColumnKey.Reception), V(b07, r, ColumnKey.Abroad),
            V(b07, r, ColumnKey.VehicleSubtotal), V(b07, r, ColumnKey.VehiclePurchase), V(b07, r, ColumnKey.VehicleOperation))).ToArray());
    }

    /// <summary>
    /// Xi'an prints 表2/表3 by unit (单位编码, 单位名称) with its own fund columns (上级补助收入, 对附属单位上缴收入,
    /// 用事业基金弥补收支差额, 上年实户资金余额): read with the shaanxi-16 "xian-units" layout, 合计 row as printed.
    /// </summary>
    [Theory]
    [InlineData("B02")]
    [InlineData("B03")]
    public void Xian_IncomeAndExpenditureByUnit_ReadTheFundColumns(string id)
    {
        var table = Table("xian-minzhengju-2021-dept-budget.pdf", new TableId(id));
        var total = table.TotalRow() ?? table.Rows[0];

        Assert.Equal(872_031_967.20m, V(table, total, ColumnKey.Total));
        Assert.Equal(535_987_052.43m, V(table, total, new ColumnKey("GeneralBudget")));
        Assert.Equal(335_980_000.00m, V(table, total, new ColumnKey("SpecialFundsInProjects")));
        Assert.Equal(167_781_553.36m, V(table, total, new ColumnKey("GovFund")));
        Assert.Equal(3_555_000.00m, V(table, total, new ColumnKey("BusinessIncome")));
        Assert.Equal(143_440_000.00m, V(table, total, new ColumnKey("OperatingIncome")));
        Assert.Equal(19_968_361.41m, V(table, total, new ColumnKey("BankBalance")));
        Assert.Equal(1_300_000.00m, V(table, total, new ColumnKey("OtherIncome")));
    }

    /// <summary>
    /// Xi'an 表13 (pp77–78, 元): by unit, 合计 (= 三公 + 会议费 + 培训费) | 一般公共预算拨款安排的“三公”经费预算: 小计 | 因公出国（境）费用 |
    /// 公务接待费 | 公务用车购置及运行费: 小计 | 购置费 | 运行费 | 会议费 | 培训费. Every cell read off the page image and
    /// <c>pdftotext -layout</c>; the second page (rows 12–13) is a continuation.
    /// </summary>
    [Fact]
    public void Xian_ThreePublicWithMeetingAndTraining_ReadsEveryCell()
    {
        var t = Table("xian-minzhengju-2021-dept-budget.pdf", TableId.B07);
        var all = new ColumnKey("TotalWithMeetingTraining");
        (string Name, decimal? All, decimal? Total, decimal? Abroad, decimal? Reception, decimal? Vehicle, decimal? Purchase, decimal? Operation,
            decimal? Meeting, decimal? Training)[] expected =
        [
            ("合计", 1_633_304.00m, 310_840.00m, 0m, 127_840.00m, 183_000.00m, 0m, 183_000.00m, 299_250.00m, 1_023_214.00m),
            ("西安市民政局", 1_633_304.00m, 310_840.00m, 0m, 127_840.00m, 183_000.00m, 0m, 183_000.00m, 299_250.00m, 1_023_214.00m),
            ("西安市民政局", 995_000.00m, 110_000.00m, 0m, 30_000.00m, 80_000.00m, 0m, 80_000.00m, 265_000.00m, 620_000.00m),
            ("西安市第一社会福利院", 15_000.00m, 5_000.00m, 0m, 5_000.00m, 0m, 0m, 0m, 0m, 10_000.00m),
            ("西安市第二社会福利院", 4_000.00m, 4_000.00m, 0m, 4_000.00m, 0m, 0m, 0m, 0m, 0m),
            ("西安市儿童福利院", 106_264.00m, 100_000.00m, 0m, 0m, 100_000.00m, 0m, 100_000.00m, 0m, 6_264.00m),
            ("西安市救助管理站", 32_730.00m, 16_940.00m, 0m, 13_940.00m, 3_000.00m, 0m, 3_000.00m, 12_197.50m, 3_592.50m),
            ("西安市民政综合执法支队", 78_360.00m, 4_080.00m, 0m, 4_080.00m, 0m, 0m, 0m, 3_570.00m, 70_710.00m),
            ("西安市低收入家庭经济状况核对中心", 90_710.00m, 2_380.00m, 0m, 2_380.00m, 0m, 0m, 0m, 2_082.50m, 86_247.50m),
            ("西安市养老服务指导中心", 2_040.00m, 2_040.00m, 0m, 2_040.00m, 0m, 0m, 0m, 0m, 0m),
            ("西安市按摩医院", 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m),
            ("西安市殡仪馆", 240_000.00m, 30_000.00m, 0m, 30_000.00m, 0m, 0m, 0m, 0m, 210_000.00m),
            ("西安市奉正塬殡仪馆", 69_200.00m, 36_400.00m, 0m, 36_400.00m, 0m, 0m, 0m, 16_400.00m, 16_400.00m),
        ];
        Assert.Equal(expected, t.Rows.Select(r => (r.Name, V(t, r, all), V(t, r, ColumnKey.Total), V(t, r, ColumnKey.Abroad), V(t, r, ColumnKey.Reception),
            V(t, r, ColumnKey.VehicleSubtotal), V(t, r, ColumnKey.VehiclePurchase), V(t, r, ColumnKey.VehicleOperation), V(t, r, ColumnKey.Meeting),
            V(t, r, ColumnKey.Training))).ToArray());
        Assert.Equal(RowKind.Total, t.Rows[0].Kind);
        Assert.Equal(AmountUnit.Yuan, t.AmountUnit);
        Assert.Equal(9, t.Columns.Count);
        Assert.Equal([77, 78], t.Rows.Select(r => r.Page ?? 0).Distinct());
    }
}
