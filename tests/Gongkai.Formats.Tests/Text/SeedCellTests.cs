using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using static Gongkai.Formats.Tests.Text.SeedDocuments;

namespace Gongkai.Formats.Tests.Text;

/// <summary>Whole tables compared cell by cell with values checked by hand against the seed text.</summary>
public sealed class SeedCellTests
{
    [Fact]
    public void Seed000ExpenditureTableB03()
    {
        var table = Read("000").Table(TableId.B03)!;
        Assert.Equal([ColumnKey.Total, ColumnKey.Basic, ColumnKey.Project], table.Columns.Select(c => c.Key!.Value));
        Assert.Equal(
        [
            "|Total|合计|123.19|51.10|72.09",
            "|UnitSubtotal|[040]医保局|123.19|51.10|72.09",
            "|UnitSubtotal|[040002]乌尔禾区医保局|123.19|51.10|72.09",
            "208|Class|社会保障和就业支出|3.95|2.80|1.15",
            "20805|Section|行政事业单位养老支出|2.80|2.80|0.00",
            "2080505|Item|机关事业单位基本养老保险缴费支出|2.80|2.80|0.00",
            "20899|Section|其他社会保障和就业支出|1.15|0.00|1.15",
            "2089999|Item|其他社会保障和就业支出|1.15|0.00|1.15",
            "210|Class|卫生健康支出|119.24|48.30|70.94",
            "21012|Section|财政对基本医疗保险基金的补助|70.00|0.00|70.00",
            "2101202|Item|财政对城乡居民基本医疗保险基金的补助|70.00|0.00|70.00",
            "21015|Section|医疗保障管理事务|49.24|48.30|0.94",
            "2101501|Item|行政运行|48.30|48.30|0.00",
            "2101502|Item|一般行政管理事务|0.94|0.00|0.94",
        ], table.Rows.Select(Format));
        Assert.Equal(271, table.RowByCode("2080505")!.Line);
        Assert.Equal(2, table.RowByCode("2080505")!.Values[0].Decimals);
    }

    [Fact]
    public void Seed000SummaryB01SplitsIncomeAndExpenditure()
    {
        var table = Read("000").Table(TableId.B01)!;
        var income = table.RowByKey("GeneralBudget")!;
        Assert.Equal(TableSide.Income, income.Side);
        Assert.Equal(123.19m, table.Cell(income, ColumnKey.Total, TableSide.Income)!.Value.Value);
        var foreign = table.RowByCode("202")!;
        Assert.Equal(TableSide.Expenditure, foreign.Side);
        Assert.Equal(RowKind.Class, foreign.Kind);
        Assert.Equal("外交支出", foreign.Name);
        Assert.Equal(0.00m, table.Cell(foreign, ColumnKey.Total, TableSide.Expenditure)!.Value.Value);
        Assert.True(table.Cell(foreign, ColumnKey.Total, TableSide.Income)!.Value.IsBlank);
        Assert.Equal(119.24m, table.Cell(table.RowByCode("210")!, ColumnKey.Total, TableSide.Expenditure)!.Value.Value);
        Assert.Equal(123.19m, table.Cell(table.RowByKey("IncomeGrandTotal")!, ColumnKey.Total, TableSide.Income)!.Value.Value);
        Assert.Equal(123.19m, table.Cell(table.RowByKey("ExpenditureGrandTotal")!, ColumnKey.Total, TableSide.Expenditure)!.Value.Value);
        // The page break repeated the header: rows after it are still read.
        Assert.NotNull(table.RowByCode("229"));
        Assert.Equal(30, table.Rows.Count(r => r.Side == TableSide.Expenditure && r.Code is not null));
    }

    [Fact]
    public void Seed000ProjectTableB10KeepsProjectNamesAndContinuation()
    {
        var table = Read("000").Table(TableId.B10)!;
        var projects = table.Rows.Where(r => r.Kind == RowKind.Project).ToList();
        Assert.Equal(["长护险补贴", "城乡居民医疗保险补贴", "医疗保障宣传及系统运行经费"], projects.Select(p => p.ProjectName));
        Assert.Equal("2101502", projects[2].Code);
        Assert.Equal(786, projects[2].Line);
        Assert.Equal("0.94|0.00|0.94|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00", string.Join("|", projects[2].Values));
    }

    [Fact]
    public void ColumnLayoutIsChosenByThePrintedHeaderPerEra()
    {
        // xinjiang-9: the 2022 收入总表 (000) prints 国有资本经营预算 and 单位其他资金收入; the 2020 one (002) 用事业基金弥补收支差额.
        var income2022 = Read("000").Table(TableId.B02)!;
        var income2020 = Read("002").Table(TableId.B02)!;
        Assert.Contains(income2022.Columns, c => c.Key == ColumnKey.StateCapital);
        Assert.DoesNotContain(income2022.Columns, c => c.Key == ColumnKey.BusinessFundMakeUp);
        Assert.Contains(income2020.Columns, c => c.Key == ColumnKey.BusinessFundMakeUp);
        Assert.Equal(income2020.Columns.Count, income2020.Definition!.Columns.Count);
        // 财政拨款收支总表: three fund columns in 000, two in 002.
        Assert.Equal(4, Read("000").Table(TableId.B04)!.Columns.Count(c => c.Side == TableSide.Expenditure));
        Assert.Equal(3, Read("002").Table(TableId.B04)!.Columns.Count(c => c.Side == TableSide.Expenditure));
        Assert.Single(Read("002").Table(TableId.B04)!.Definition!.ColumnIdentities);
    }

    [Fact]
    public void Seed000ThreePublicB07()
    {
        var table = Read("000").Table(TableId.B07)!;
        var row = Assert.Single(table.Rows);
        Assert.Equal("4.45|0.00|3.45|0.00|3.45|1.00", string.Join("|", row.Values));
        Assert.Equal(ColumnKey.Reception, table.Columns[5].Key);
    }

    [Fact]
    public void Seed001BasicExpenditureB06()
    {
        var table = Read("001").Table(TableId.B06)!;
        Assert.Equal([ColumnKey.Total, ColumnKey.Personnel, ColumnKey.Public], table.Columns.Select(c => c.Key!.Value));
        Assert.Equal(
        [
            "301|Class|工资福利支出|337.68|337.68|",
            "30101|Section|基本工资|83.37|83.37|",
            "30102|Section|津贴补贴|40.49|40.49|",
            "30103|Section|奖金|64.03|64.03|",
            "30107|Section|绩效工资|38.45|38.45|",
            "30108|Section|机关事业单位基本养老保险缴费|32.89|32.89|",
            "30110|Section|职工基本医疗保险缴费|16.47|16.47|",
            "30111|Section|公务员医疗补助缴费|4.52|4.52|",
            "30112|Section|其他社会保障缴费|1.68|1.68|",
            "30113|Section|住房公积金|27.16|27.16|",
            "30199|Section|其他工资福利支出|28.62|28.62|",
            "302|Class|商品和服务支出|9.23||9.23",
            "30201|Section|办公费|1.46||1.46",
            "30202|Section|印刷费|0.30||0.30",
            "30205|Section|水费|0.50||0.50",
            "30206|Section|电费|0.40||0.40",
            "30207|Section|邮电费|0.40||0.40",
            "30211|Section|差旅费|0.30||0.30",
            "30213|Section|维修（护）费|0.30||0.30",
            "30228|Section|工会经费|3.97||3.97",
            "30231|Section|公务用车运行维护费|1.60||1.60",
            "303|Class|对个人和家庭的补助|3.66|3.66|",
            "30302|Section|退休费|1.66|1.66|",
            "30307|Section|医疗费补助|1.80|1.80|",
            "30309|Section|奖励金|1.80|1.80|",
        ], table.Rows.Where(r => r.Code is not null && r.Code != "30399").Select(Format));
        var total = table.TotalRow()!;
        Assert.Equal(350.57m, table.Cell(total, ColumnKey.Total)!.Value.Value);
    }

    [Fact]
    public void Seed001IncomeTableB02PlacesNumbersByTheFundSourcesOfB01()
    {
        // 表1 prints 单位资金 165.5 and 财政拨款结转 11.25 and no 政府性基金/国有资本/财政专户 income: so "84.75 34.75 34.75 50"
        // is 总计, 财政拨款小计, 一般公共预算, 单位资金.
        var table = Read("001").Table(TableId.B02)!;
        string Row(string code) => string.Join("|", table.RowByCode(code)!.Values);
        Assert.Equal("84.75|34.75|34.75|||||||50||", Row("208"));
        Assert.Equal("375.41|288.66|288.66|||||||75.5|11.25|", Row("210"));
        Assert.Equal("11.25||||||||||11.25|", Row("2101506"));
        Assert.Equal("10|||||||||10||", Row("2080506"));
        Assert.Equal("527.32|350.57|350.57|||||||165.5|11.25|", string.Join("|", table.TotalRow()!.Values));
        Assert.Equal("社会保障和就业支出", table.RowByCode("208")!.Name);
    }

    [Fact]
    public void Seed001CarryoverB11NamesItsProject()
    {
        var table = Read("001").Table(TableId.B11)!;
        var row = Assert.Single(table.Rows);
        Assert.Equal(RowKind.Project, row.Kind);
        Assert.Equal("昌州财社[2023]33号--昌吉州州级统筹社会保险扩面征收工作经费", row.ProjectName);
        Assert.Equal(11.25m, table.Cell(row, ColumnKey.Total)!.Value.Value);
        Assert.Equal(11.25m, table.Cell(row, ColumnKey.FiscalCarryover)!.Value.Value);
    }

    [Fact]
    public void Seed001TransposedThreePublicB07()
    {
        var table = Read("001").Table(TableId.B07)!;
        Assert.Equal([ColumnKey.Total, ColumnKey.GeneralBudget, ColumnKey.GovFund, ColumnKey.StateCapital], table.Columns.Select(c => c.Key!.Value));
        Assert.Equal(["Total", "Abroad", "Reception", "VehicleSubtotal", "VehiclePurchase", "VehicleOperation"], table.Rows.Select(r => r.Key));
        Assert.Equal(1.6m, table.Cell(table.RowByKey("VehicleOperation")!, ColumnKey.Total)!.Value.Value);
        Assert.True(table.Cell(table.RowByKey("Abroad")!, ColumnKey.Total)!.Value.IsBlank);
    }

    [Fact]
    public void Seed002ExpenditureTableB03()
    {
        var table = Read("002").Table(TableId.B03)!;
        Assert.Equal(
        [
            "208|Class|社会保障和就业支出|98.09|98.09|",
            "20805|Section|行政事业单位养老支出|98.09|98.09|",
            "2080501|Item|行政单位离退休|0.09|0.09|",
            "2080505|Item|机关事业单位基本养老保险缴费支出|98.00|98.00|",
            "210|Class|卫生健康支出|1167.58|863.38|304.20",
            "21015|Section|医疗保障管理事务|1167.58|863.38|304.20",
            "2101501|Item|行政运行(医疗保障管理)|863.38|863.38|",
            "2101502|Item|一般行政管理事务(医疗保障管理)|304.20||304.20",
            "|Total|合计|1265.67|961.47|304.20",
        ], table.Rows.Select(Format));
    }

    [Fact]
    public void Seed002ProjectTableB10CodesUnderTheLastSection()
    {
        var table = Read("002").Table(TableId.B10)!;
        // "\t\t02\t一般行政管理事务…" prints only the 项 digits under 21015.
        Assert.Equal("2101502", table.Rows[2].Code);
        Assert.Equal(RowKind.Item, table.Rows[2].Kind);
        Assert.Equal(11, table.Rows.Count(r => r.Kind == RowKind.Project));
    }

    [Fact]
    public void Seed002ProjectTableB10RowsWithALostCellAreRealigned()
    {
        var document = Read("002");
        var table = document.Table(TableId.B10)!;
        var projects = table.Rows.Where(r => r.Kind == RowKind.Project).ToList();
        // 购买票据款 … 综合业务费 and 合计 print 12.00 one cell left (under 工资福利支出): they belong to 商品和服务支出.
        var ticket = projects.Single(r => r.ProjectName == "购买票据款");
        Assert.Equal(12.00m, table.Cell(ticket, ColumnKey.Total)!.Value.Value);
        Assert.Equal(12.00m, table.Cell(ticket, new ColumnKey("Econ302"))!.Value.Value);
        Assert.True(table.Cell(ticket, new ColumnKey("Econ301"))!.Value.IsBlank);
        Assert.Equal(304.20m, projects.Sum(r => table.Cell(r, new ColumnKey("Econ302"))!.Value.OrZero));
        Assert.All(table.Rows, r => Assert.True(table.Cell(r, new ColumnKey("Econ301"))!.Value.IsBlank));
        var total = table.Rows.Single(r => r.Kind == RowKind.Total);
        Assert.Equal(304.20m, table.Cell(total, new ColumnKey("Econ302"))!.Value.Value);
        var realigned = document.Diagnostics.Where(d => d.Code == "IMPORT-ROW-REALIGNED").ToList();
        Assert.Equal(7, realigned.Count);
        Assert.All(realigned, d =>
        {
            Assert.Equal(Severity.Info, d.Severity);
            Assert.Equal("B10", d.Table);
            Assert.NotNull(d.Line);
        });
        Assert.Contains(realigned, d => d.Message.Contains("购买票据款", StringComparison.Ordinal) && d.Message.Contains("商品和服务支出", StringComparison.Ordinal)
            && d.Message.Contains("表七", StringComparison.Ordinal));
        // No other table of the seeds is touched.
        foreach (var seed in new[] { "000", "001", "003", "004" })
        {
            Assert.DoesNotContain(Read(seed).Diagnostics, d => d.Code == "IMPORT-ROW-REALIGNED");
        }
    }

    [Fact]
    public void AlignedRowsThatFitTheirParentsAreNotMoved()
    {
        // A row with an extra trailing cell whose numbers already fit is left as printed, without a diagnostic.
        const string text = "表七：\n\n项目支出情况表\n\n单位：万元\n\n"
            + "科目编码\t\t\t科目\t项目名称\t项目支出合计\t工资福利支出\t商品和服务支出\n"
            + "类\t款\t项\t\t\t\t\t\n"
            + "210\t\t\t卫生健康支出\t\t10.00\t\t10.00\n"
            + "210\t15\t02\t一般行政管理事务\t甲项目\t10.00\t\t10.00\t\n";
        var document = ReadStream("generated.txt", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        var table = document.Table(TableId.B10)!;
        var project = table.Rows.Single(r => r.Kind == RowKind.Project);
        Assert.Equal(10.00m, table.Cell(project, new ColumnKey("Econ302"))!.Value.Value);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "IMPORT-ROW-REALIGNED");
    }

    [Fact]
    public void Seed004BasicExpenditureB06WithGovernmentCodesAndContinuation()
    {
        var table = Read("004").Table(TableId.B06)!;
        Assert.Equal([ColumnKey.Total, ColumnKey.Personnel, ColumnKey.Public], table.Columns.Select(c => c.Key!.Value));
        Assert.Equal(
        [
            "|Total|合计|600.69|587.44|13.25",
            "301|Class|工资福利支出|585.01|571.76|13.25",
            "30101|Section|基本工资|191.17|191.17|",
            "30102|Section|津贴补贴|113.9|113.9|",
            "30103|Section|奖金|15.91|15.91|",
            "30107|Section|绩效工资|84.07|84.07|",
            "30108|Section|机关事业单位基本养老保险缴费|58.23|58.23|",
            "30109|Section|职业年金缴费|29.14|29.14|",
            "30110|Section|职工基本医疗保险缴费|15.56|15.56|",
            "30111|Section|公务员医疗补助缴费|9.99|9.99|",
            "30112|Section|其它社会保障缴费|5.2|5.2|",
            "30113|Section|住房公积金|48.59|48.59|",
            "302|Class|商品和服务支出|||",
            "30201|Section|办公费|||",
            "30202|Section|印刷费|||",
            "30207|Section|邮电费|||",
            "30211|Section|差旅费|||",
            "30239|Section|其他交通费用|||",
            "30299|Section|其他商品和服务支出|||",
            "303|Class|对个人家庭的补助|15.68|15.68|",
            "30301|Section|社会福利和救助|||",
            "30399|Section|其他对个人和家庭补助|15.68|15.68|",
        ], table.Rows.Select(Format));
        Assert.Equal(["501", "50101"], table.Rows.Skip(1).Take(2).Select(r => r.GovernmentEconomicCode));
        Assert.Equal("机关工资福利支出", table.Rows[1].GovernmentEconomicName);
        Assert.Equal(408, table.Rows[^1].Line); // from the continuation printed after the page break
    }

    [Fact]
    public void Seed004EconomicTableB14MergesItsContinuation()
    {
        var table = Read("004").Table(TableId.B14)!;
        Assert.Equal(1, Read("004").Tables.Count(t => t.Id == TableId.B14));
        Assert.Equal("303", table.Rows[^4].Code);
        Assert.Equal(1662.41m, table.Cell(table.RowByCode("303")!, ColumnKey.Project)!.Value.Value);
    }

    [Fact]
    public void Seed004FinancialSummaryB04HasThreeExpenditurePanels()
    {
        var table = Read("004").Table(TableId.B04)!;
        Assert.Equal(2321.10m, table.Cell(table.RowByKey("GeneralBudget")!, ColumnKey.Total, TableSide.Income)!.Value.Value);
        var health = table.Rows.Single(r => r.Name == "卫生健康支出");
        Assert.Equal(2321.10m, table.Cell(health, ColumnKey.Total, TableSide.Expenditure)!.Value.Value);
        Assert.Equal("210", health.Code);
        Assert.Equal(RowKind.Class, health.Kind);
        Assert.Equal(29, table.Rows.Count(r => r.Kind == RowKind.Class));
        Assert.Null(table.Rows.Single(r => r.Name == "机关工资福利支出").Code);
        var personal = table.Rows.Single(r => r.Name == "对个人和家庭补助");
        Assert.Equal(1662.41m, table.Cell(personal, new ColumnKey("DeptEconomicTotal"), TableSide.Expenditure)!.Value.Value);
    }

    [Fact]
    public void Seed003ProjectSelfEvaluationP01()
    {
        var table = Read("003").Tables.First(t => t.Id == TableId.P01);
        Assert.All(table.Rows, r => Assert.Equal(RowKind.Line, r.Kind));
        Assert.Equal(
        [
            "项目名称 | 医疗保障宣传及系统运行经费",
            "主管部门 | 乌尔禾区医保局 | 实施单位 | 克拉玛依市乌尔禾区医保局",
            "项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
            "年度资金总额 | 0.25 | 0.25 | 0.25 | 10 | 100.00% | 10.00 分",
            "其中：当年财政拨款 | 0.25 | 0.25 | 0.25 | — | — | —",
            "上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | —",
            "其他资金 | 0.00 | 0.00 | 0.00 | — | — | —",
            "年度总体目标 | 预期目标 | 实际完成情况",
            "保障医保系统正常运转 | 为宣传医疗保障政策及维护医保系统正常运行",
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施",
            "年度绩效指标完成情况 | 产出指标 | 数量指标 | 宣传次数(次) | >2 次 | 2 次 | 20 | 20.00",
            "质量指标 | 宣传覆盖率 | >=90% | 90% | 10 | 10.00",
            "时效指标 | 资金到位及时率(%) | >=100% | 100% | 10 | 10.00",
            "成本指标 | 经济成本指标 | 材料价格 | >=2000 元 | 2000 元 | 20 | 20.00",
            "效益指标 | 经济效益指标 | 政策知晓有效时间 | =1 年 | 1 年 | 10 | 10.00",
            "社会效益指标 | 提高群众知晓情况 | 有效提高 | 有效提高 | 10 | 10.00",
            "满意度指标 | 满意度指标 | 群众满意度 | >=95% | 95% | 10 | 10.00",
            "总分 | 100 | 100.00 分",
        ], table.Rows.Select(r => r.Name));
        var funds = table.Rows[3];
        Assert.Equal("|||0.25|0.25|0.25|10||", string.Join("|", funds.Values));
    }
}
