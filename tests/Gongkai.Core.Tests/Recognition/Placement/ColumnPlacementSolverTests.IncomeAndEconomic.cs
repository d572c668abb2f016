using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;
using static Gongkai.Core.Tests.Recognition.Placement.PlacementTestData;

namespace Gongkai.Core.Tests.Recognition.Placement;

public partial class ColumnPlacementSolverTests
{
    /// <summary>Columns the seed 001 收支总表 shows blank for the whole unit: a reader passes them as priors.</summary>
    private static readonly PlacementPrior[] s_seed001BlankSources =
    [
        new(null, ColumnKey.GeneralBudgetTransfer), new(null, ColumnKey.GovFund), new(null, ColumnKey.GovFundTransfer),
        new(null, ColumnKey.StateCapital), new(null, ColumnKey.StateCapitalTransfer), new(null, ColumnKey.SpecialAccount),
        new(null, ColumnKey.NonFiscalCarryover),
    ];

    /// <summary>Rows of seed 001 表2 收入总体情况表, blanks dropped.</summary>
    private static PlacementProblem Seed001Income(IReadOnlyList<PlacementPrior> priors) => new()
    {
        TableName = "表二 收入总体情况表",
        Table = TableId.B02,
        Columns = IncomeColumns,
        ColumnHeaders = IncomeHeaders,
        Identities = IncomeIdentities,
        Priors = priors,
        Rows =
        [
            Row("208", "社会保障和就业支出", "84.75 34.75 34.75 50"),
            Row("208 05", "行政事业单位养老支出", "84.75 34.75 34.75 50"),
            Row("208 05 02", "事业单位离退休", "1.86 1.86 1.86"),
            Row("208 05 05", "机关事业单位基本养老保险缴费支出", "72.89 32.89 32.89 40"),
            Row("208 05 06", "机关事业单位职业年金缴费支出", "10 10", 330),
            Row("210", "卫生健康支出", "375.41 288.66 288.66 75.5 11.25"),
            Row("210 11", "行政事业单位医疗", "48.89 22.89 22.89 26"),
            Row("210 11 01", "行政单位医疗", "26.31 6.31 6.31 20"),
            Row("210 11 02", "事业单位医疗", "11.95 11.95 11.95"),
            Row("210 11 03", "公务员医疗补助", "10.52 4.52 4.52 6"),
            Row("210 11 99", "其他行政事业单位医疗支出", "0.11 0.11 0.11"),
            Row("210 15", "医疗保障管理事务", "326.52 265.77 265.77 49.5 11.25"),
            Row("210 15 01", "行政运行", "134.28 99.78 99.78 34.5"),
            Row("210 15 06", "医疗保障经办事务", "11.25 11.25"),
            Row("210 15 50", "事业运行", "180.99 165.99 165.99 15"),
            Row("221", "住房保障支出", "67.16 27.16 27.16 40"),
            Row("221 02", "住房改革支出", "67.16 27.16 27.16 40"),
            Row("221 02 01", "住房公积金", "67.16 27.16 27.16 40"),
            Row(null, "合计", "527.32 350.57 350.57 165.5 11.25"),
        ],
    };

    [Fact]
    public void Solve_Seed001IncomeWithSummaryPriors_PlacesEveryRowWithoutAmbiguity()
    {
        var problem = Seed001Income(s_seed001BlankSources);
        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Rows, r => Assert.True(r.Status is PlacementStatus.Unique or PlacementStatus.Resolved, r.Status.ToString()));

        // 10 is 单位资金 (the parent's 单位资金 50 = 40 + 10), 11.25 is 财政拨款结转 (the parent's 结转 column).
        Assert.Equal([0, 9], result.Rows[RowIndex(problem, "2080506")].ColumnOfNumber);
        Assert.Equal([0, 10], result.Rows[RowIndex(problem, "2101506")].ColumnOfNumber);
        Assert.Equal([0, 1, 2, 9], result.Rows[RowIndex(problem, "208")].ColumnOfNumber);
        Assert.Equal([0, 1, 2, 9, 10], result.Rows[RowIndex(problem, "210")].ColumnOfNumber);
        Assert.Equal([0, 1, 2, 9, 10], result.Rows[^1].ColumnOfNumber);
    }

    [Fact]
    public void Solve_Seed001IncomeWithSummaryPriors_ItemsWithTwoReadingsAreResolvedByTheirParents()
    {
        var problem = Seed001Income(s_seed001BlankSources);
        var result = new ColumnPlacementSolver().Solve(problem);

        var item = result.Rows[RowIndex(problem, "2080506")];
        Assert.Equal(PlacementStatus.Resolved, item.Status);
        Assert.True(item.Alternatives > 1);
    }

    [Fact]
    public void Solve_Seed001IncomeWithoutPriors_ReportsThatTheFundSourceColumnCannotBeKnown()
    {
        // Without the 收支总表, nothing in this table says whether 34.75 is 一般公共预算 or 上级转移支付 (both add up to 小计):
        // a whole-table column shift keeps every identity. The solver must say so, not pretend.
        var problem = Seed001Income([]);
        var result = new ColumnPlacementSolver().Solve(problem);

        var r = RowIndex(problem, "2101102");
        Assert.Equal(PlacementStatus.Ambiguous, result.Rows[r].Status);
        Assert.Equal([0, 1, 2], result.Rows[r].ColumnOfNumber);
        var d = Assert.Single(result.Diagnostics, x => x.Code == ColumnPlacementSolver.AmbiguousCode && x.Message.Contains("2101102", StringComparison.Ordinal));
        Assert.Contains("数字 11.95 可能属于“一般公共预算”、“上级一般公共预算安排的转移支付”", d.Message, StringComparison.Ordinal);
    }

    /// <summary>Rows of seed 001 表6 一般公共预算基本支出情况表 (经济分类; 合计 / 人员经费 / 公用经费), blanks dropped.</summary>
    private static PlacementProblem Seed001Economic(IReadOnlyList<PlacementPrior> priors) => new()
    {
        TableName = "表六 一般公共预算基本支出情况表",
        Columns = [ColumnKey.Total, ColumnKey.Personnel, ColumnKey.Public],
        ColumnHeaders = ["合计", "人员经费", "公用经费"],
        Identities = [new(ColumnKey.Total, [ColumnKey.Personnel, ColumnKey.Public])],
        Priors = priors,
        Rows =
        [
            Row("301", "工资福利支出", "337.68 337.68"),
            Row("301 01", "基本工资", "83.37 83.37"),
            Row("301 02", "津贴补贴", "40.49 40.49"),
            Row("301 03", "奖金", "64.03 64.03"),
            Row("301 07", "绩效工资", "38.45 38.45"),
            Row("301 08", "机关事业单位基本养老保险缴费", "32.89 32.89"),
            Row("301 10", "职工基本医疗保险缴费", "16.47 16.47"),
            Row("301 11", "公务员医疗补助缴费", "4.52 4.52"),
            Row("301 12", "其他社会保障缴费", "1.68 1.68"),
            Row("301 13", "住房公积金", "27.16 27.16"),
            Row("301 99", "其他工资福利支出", "28.62 28.62"),
            Row("302", "商品和服务支出", "9.23 9.23"),
            Row("302 01", "办公费", "1.46 1.46"),
            Row("302 02", "印刷费", "0.30 0.30"),
            Row("302 05", "水费", "0.50 0.50"),
            Row("302 06", "电费", "0.40 0.40"),
            Row("302 07", "邮电费", "0.40 0.40"),
            Row("302 11", "差旅费", "0.30 0.30"),
            Row("302 13", "维修（护）费", "0.30 0.30"),
            Row("302 28", "工会经费", "3.97 3.97"),
            Row("302 31", "公务用车运行维护费", "1.60 1.60"),
            Row("303", "对个人和家庭的补助", "3.66 3.66"),
            Row("303 02", "退休费", "1.66 1.66"),
            Row("303 07", "医疗费补助", "1.80 1.80"),
            Row("303 09", "奖励金", "1.80 1.80"),
            Row("303 99", "其他对个人和家庭的补助", "0.00 0.00"),
            Row(null, "合计", "350.57 350.57", 610),
        ],
    };

    /// <summary>The usual economic priors: 302 has no 人员经费; 301 and 303 have no 公用经费.</summary>
    private static readonly PlacementPrior[] s_economicPriors =
    [
        new("301", ColumnKey.Public), new("302", ColumnKey.Personnel), new("303", ColumnKey.Public),
    ];

    [Fact]
    public void Solve_EconomicTableWithPriors_Puts302InPublicAnd301And303InPersonnel()
    {
        var problem = Seed001Economic(s_economicPriors);
        var result = new ColumnPlacementSolver().Solve(problem);

        for (var r = 0; r < problem.Rows.Count; r++)
        {
            var code = problem.Rows[r].Code;
            if (code is null || code == "30399") continue;
            Assert.Equal(PlacementStatus.Resolved, result.Rows[r].Status);
            Assert.Equal(code.StartsWith("302", StringComparison.Ordinal) ? [0, 2] : [0, 1], result.Rows[r].ColumnOfNumber);
        }
        // 0.00 0.00 reads the same wherever the zero stands.
        Assert.Equal(PlacementStatus.Unique, result.Rows[RowIndex(problem, "30399")].Status);

        // The printed 合计 row (350.57 350.57) fits neither 人员经费 341.34 nor 公用经费 9.23: the solver says it cannot tell.
        Assert.Equal(PlacementStatus.Ambiguous, result.Rows[^1].Status);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ColumnPlacementSolver.AmbiguousCode, d.Code);
        Assert.Equal(610, d.Line);
        Assert.Contains("数字 350.57 可能属于“人员经费”或“公用经费”", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_EconomicTableWithoutPriors_CannotTellPersonnelFromPublic()
    {
        var problem = Seed001Economic([]);
        var result = new ColumnPlacementSolver().Solve(problem);

        var r = RowIndex(problem, "30201");
        Assert.Equal(PlacementStatus.Ambiguous, result.Rows[r].Status);
    }

    [Fact]
    public void Solve_UnitSubtotalRow_IsACopyOfTheTotalAndNotPartOfTheClassSums()
    {
        var problem = ExpenditureProblem("表三") with
        {
            Rows =
            [
                Row(null, "合计", "20.00 12.00 8.00"),
                Unit("[040002]乌尔禾区医保局", "20.00 12.00 8.00"),
                Row("208", "社会保障和就业支出", "12.00 12.00"),
                Row("210", "卫生健康支出", "8.00 8.00"),
            ],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.Empty(result.Diagnostics);
        Assert.Equal([0, 1], result.Rows[2].ColumnOfNumber);
        Assert.Equal([0, 2], result.Rows[3].ColumnOfNumber);
    }

    [Fact]
    public void Solve_TwoUnits_EachUnitSumsItsOwnRows()
    {
        var problem = ExpenditureProblem("表三") with
        {
            Rows =
            [
                Row(null, "合计", "30.00 22.00 8.00"),
                Unit("[001001]甲单位", "12.00 12.00"),
                Row("208", "社会保障和就业支出", "12.00 12.00"),
                Unit("[001002]乙单位", "18.00 10.00 8.00"),
                Row("208", "社会保障和就业支出", "10.00 10.00"),
                Row("210", "卫生健康支出", "8.00 8.00"),
            ],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.Equal([0, 1], result.Rows[1].ColumnOfNumber);
        Assert.Equal([0, 1], result.Rows[2].ColumnOfNumber);
        Assert.Equal([0, 1], result.Rows[4].ColumnOfNumber);
        Assert.Equal([0, 2], result.Rows[5].ColumnOfNumber);
        Assert.DoesNotContain(result.Rows, r => r.Status == PlacementStatus.Ambiguous);
    }
}
