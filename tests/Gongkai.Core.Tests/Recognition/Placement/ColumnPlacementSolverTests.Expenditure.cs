using Gongkai.Core.Documents;
using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;
using static Gongkai.Core.Tests.Recognition.Placement.PlacementTestData;

namespace Gongkai.Core.Tests.Recognition.Placement;

public partial class ColumnPlacementSolverTests
{
    /// <summary>Rows of seed 001 表3 支出总体情况表 (合计 / 基本支出 / 项目支出), blanks dropped, as the text prints them.</summary>
    private static PlacementProblem Seed001Expenditure() => ExpenditureProblem("表三 支出总体情况表") with
    {
        Table = TableId.B03,
        Rows =
        [
            Row("208", "社会保障和就业支出", "84.75 84.75", 401),
            Row("208 05", "行政事业单位养老支出", "84.75 84.75", 402),
            Row("208 05 02", "事业单位离退休", "1.86 1.86", 403),
            Row("208 05 05", "机关事业单位基本养老保险缴费支出", "72.89 72.89", 404),
            Row("208 05 06", "机关事业单位职业年金缴费支出", "10.00 10.00", 405),
            Row("210", "卫生健康支出", "375.41 375.41 11.25", 406),
            Row("210 11", "行政事业单位医疗", "48.89 48.89", 407),
            Row("210 11 01", "行政单位医疗", "26.31 26.31", 408),
            Row("210 11 02", "事业单位医疗", "11.95 11.95", 409),
            Row("210 11 03", "公务员医疗补助", "10.52 10.52", 410),
            Row("210 11 99", "其他行政事业单位医疗支出", "0.11 0.11", 411),
            Row("210 15", "医疗保障管理事务", "326.52 326.52 11.25", 412),
            Row("210 15 01", "行政运行", "134.28 134.28", 413),
            Row("210 15 06", "医疗保障经办事务", "11.25 11.25", 414),
            Row("210 15 50", "事业运行", "180.99 180.99", 415),
            Row("221", "住房保障支出", "67.16 67.16", 416),
            Row("221 02", "住房改革支出", "67.16 67.16", 417),
            Row("221 02 01", "住房公积金", "67.16 67.16", 418),
            Row(null, "合计", "527.32 516.07 11.25", 419),
        ],
    };

    [Fact]
    public void Solve_Seed001Expenditure_ParentRowsThatBreakTotalEqualsBasicPlusProject_AreUnsatisfiableWithTheDifference()
    {
        var problem = Seed001Expenditure();
        var result = new ColumnPlacementSolver().Solve(problem);

        foreach (var code in new[] { "210", "21015" })
        {
            var r = RowIndex(problem, code);
            Assert.Equal(PlacementStatus.Unsatisfiable, result.Rows[r].Status);
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == ColumnPlacementSolver.UnsatisfiedCode && d.Line == problem.Rows[r].Line);
            Assert.Equal(Severity.Warning, diagnostic.Severity);
            Assert.Equal("B03", diagnostic.Table);
            Assert.Contains("表三 支出总体情况表", diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains("合计 = 基本支出 + 项目支出", diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains("差 11.25", diagnostic.Message, StringComparison.Ordinal);
        }
        var parent = result.Rows[RowIndex(problem, "21015")];
        Assert.Equal("326.52|326.52|11.25", Cells(parent));
        var message = result.Diagnostics.Single(d => d.Code == ColumnPlacementSolver.UnsatisfiedCode && d.Line == 412).Message;
        Assert.Contains("合计 326.52 ≠ 基本支出 326.52 + 项目支出 11.25", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_Seed001Expenditure_ItemUnderUnsatisfiableParent_IsResolvedToProjectByTheProjectSums()
    {
        var problem = Seed001Expenditure();
        var result = new ColumnPlacementSolver().Solve(problem);

        var row = result.Rows[RowIndex(problem, "2101506")];
        Assert.Equal(PlacementStatus.Resolved, row.Status);
        Assert.Equal(2, row.Alternatives);
        Assert.Equal([0, 2], row.ColumnOfNumber);
        Assert.Equal("11.25||11.25", Cells(row));
    }

    [Fact]
    public void Solve_Seed001Expenditure_EveryOtherRowIsBasicAndNothingIsAmbiguous()
    {
        var problem = Seed001Expenditure();
        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ColumnPlacementSolver.AmbiguousCode);
        Assert.Equal(2, result.Diagnostics.Count);
        for (var r = 0; r < problem.Rows.Count; r++)
        {
            var row = problem.Rows[r];
            if (row.Code is "2101506" or "210" or "21015") continue;
            if (row.Kind == RowKind.Total)
            {
                Assert.Equal(PlacementStatus.Unique, result.Rows[r].Status);
                Assert.Equal("527.32|516.07|11.25", Cells(result.Rows[r]));
                continue;
            }
            Assert.Equal(PlacementStatus.Resolved, result.Rows[r].Status);
            Assert.Equal([0, 1], result.Rows[r].ColumnOfNumber);
        }
    }

    [Fact]
    public void Solve_Seed000RowWithEveryCellPrinted_IsTheIdentityPlacement()
    {
        // Seed 000 表三 prints zeros as 0.00, so every row prints one number per column.
        var problem = ExpenditureProblem("表三 单位支出总体情况表") with
        {
            BlanksDropped = false,
            Rows =
            [
                Row(null, "合计", "123.19 51.10 72.09"),
                Unit("[040002]乌尔禾区医保局", "123.19 51.10 72.09"),
                Row("208", "社会保障和就业支出", "3.95 2.80 1.15"),
                Row("208 05", "行政事业单位养老支出", "2.80 2.80 0.00"),
                Row("208 05 05", "机关事业单位基本养老保险缴费支出", "2.80 2.80 0.00"),
                Row("208 99", "其他社会保障和就业支出", "1.15 0.00 1.15"),
                Row("208 99 99", "其他社会保障和就业支出", "1.15 0.00 1.15"),
                Row("210", "卫生健康支出", "119.24 48.30 70.94"),
                Row("210 12", "财政对基本医疗保险基金的补助", "70.00 0.00 70.00"),
                Row("210 12 02", "财政对城乡居民基本医疗保险基金的补助", "70.00 0.00 70.00"),
                Row("210 15", "医疗保障管理事务", "49.24 48.30 0.94"),
                Row("210 15 01", "行政运行", "48.30 48.30 0.00"),
                Row("210 15 02", "一般行政管理事务", "0.94 0.00 0.94"),
            ],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Rows, r =>
        {
            Assert.Equal(PlacementStatus.Unique, r.Status);
            Assert.Equal([0, 1, 2], r.ColumnOfNumber);
        });
        Assert.Equal("1.15|0.00|1.15", Cells(result.Rows[5]));
    }

    [Fact]
    public void Solve_FullyPrintedRowBreakingItsIdentity_IsUnsatisfiable()
    {
        var problem = ExpenditureProblem("表三") with
        {
            BlanksDropped = false,
            Rows = [Row("210", "卫生健康支出", "119.24 48.30 70.00", 7)],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.Equal(PlacementStatus.Unsatisfiable, result.Rows[0].Status);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ColumnPlacementSolver.UnsatisfiedCode, d.Code);
        Assert.Equal(7, d.Line);
        Assert.Contains("差 0.94", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_NothingCanDecide_IsAmbiguousWithADiagnosticNamingBothColumns()
    {
        // A lone item with total and one component: it is 基本支出 or 项目支出, and no other row says which.
        var problem = ExpenditureProblem("表三") with
        {
            Rows =
            [
                Row("210 15 01", "行政运行", "134.28 134.28", 413),
            ],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        var row = Assert.Single(result.Rows);
        Assert.Equal(PlacementStatus.Ambiguous, row.Status);
        Assert.Equal(2, row.Alternatives);
        Assert.Equal([0, 1], row.ColumnOfNumber);
        Assert.Equal([[0, 2]], row.OtherPlacements.Select(p => p.ToArray()).ToArray());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ColumnPlacementSolver.AmbiguousCode, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(413, d.Line);
        Assert.Equal("表三 行 2101501 行政运行：数字 134.28 可能属于“基本支出”或“项目支出”，无法唯一确定，已按“基本支出”放置。", d.Message);
    }

    [Fact]
    public void Solve_SiblingsWithTheSameNumber_CanSwapAndAreAmbiguous()
    {
        // The parent says 5 is 基本 and 5 is 项目; two children print 5 each: which one is which cannot be known.
        var problem = ExpenditureProblem("表三") with
        {
            Rows =
            [
                Row("210 15", "医疗保障管理事务", "10.00 5.00 5.00"),
                Row("210 15 01", "行政运行", "5.00 5.00"),
                Row("210 15 02", "一般行政管理事务", "5.00 5.00"),
            ],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.Equal(PlacementStatus.Unique, result.Rows[0].Status);
        Assert.Equal(PlacementStatus.Ambiguous, result.Rows[1].Status);
        Assert.Equal(PlacementStatus.Ambiguous, result.Rows[2].Status);
        // Whatever was taken, the two children together fill both columns.
        Assert.NotEqual(result.Rows[1].ColumnOfNumber[1], result.Rows[2].ColumnOfNumber[1]);
    }

    [Fact]
    public void Solve_RowWithMoreNumbersThanColumns_PlacesTheFirstOnesAndSaysSo()
    {
        var problem = ExpenditureProblem("表三") with
        {
            Rows = [Row("210", "卫生健康支出", "10.00 4.00 6.00 2023 1", 12)],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        var row = Assert.Single(result.Rows);
        Assert.Equal([0, 1, 2, -1, -1], row.ColumnOfNumber);
        Assert.Equal(PlacementStatus.Unique, row.Status);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ColumnPlacementSolver.TooManyCode, d.Code);
        Assert.Equal(12, d.Line);
        Assert.Contains("2023、1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_DegenerateInput_DoesNotThrow()
    {
        var problem = new PlacementProblem
        {
            TableName = "表X",
            Columns = [],
            ColumnHeaders = [],
            Identities = [new(ColumnKey.Total, [ColumnKey.Basic])],
            Rows =
            [
                Row("210", "卫生健康支出", "1.00"),
                Row("2", "?", ""),
                new PlacementRow("abc", RowKind.Item, [CellValue.Blank], "", null),
            ],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.Equal(3, result.Rows.Count);
        Assert.Equal([-1], result.Rows[0].ColumnOfNumber);
        Assert.Contains(result.Diagnostics, d => d.Code == ColumnPlacementSolver.TooManyCode);
    }

    [Fact]
    public void Solve_ShortRowWhenBlanksArePrinted_IsPlacedWithAnInfo()
    {
        var problem = ExpenditureProblem("表三") with
        {
            BlanksDropped = false,
            Rows =
            [
                Row("210 15", "医疗保障管理事务", "49.24 48.30 0.94"),
                Row("210 15 01", "行政运行", "48.30 48.30"),
                Row("210 15 02", "一般行政管理事务", "0.94 0.00 0.94"),
            ],
        };

        var result = new ColumnPlacementSolver().Solve(problem);

        Assert.Equal(PlacementStatus.Resolved, result.Rows[1].Status);
        Assert.Equal([0, 1], result.Rows[1].ColumnOfNumber);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ColumnPlacementSolver.ShortRowCode, d.Code);
        Assert.Equal(Severity.Info, d.Severity);
    }
}
