using System.Globalization;
using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Recognition.Placement;

/// <summary>Builders for hand-made placement problems.</summary>
internal static class PlacementTestData
{
    public static readonly ColumnKey[] ExpenditureColumns = [ColumnKey.Total, ColumnKey.Basic, ColumnKey.Project];
    public static readonly string[] ExpenditureHeaders = ["合计", "基本支出", "项目支出"];
    public static readonly ColumnIdentity[] ExpenditureIdentities = [new(ColumnKey.Total, [ColumnKey.Basic, ColumnKey.Project])];

    /// <summary>A 支出总体情况表 problem (合计 = 基本支出 + 项目支出) with no rows yet: give them with <c>with { Rows = … }</c>.</summary>
    public static PlacementProblem ExpenditureProblem(string tableName) => new()
    {
        TableName = tableName,
        Columns = ExpenditureColumns,
        ColumnHeaders = ExpenditureHeaders,
        Identities = ExpenditureIdentities,
        Rows = [],
    };

    /// <summary>The 12 value columns of a 收入总体情况表 (预算管理一体化 form).</summary>
    public static readonly ColumnKey[] IncomeColumns =
    [
        ColumnKey.Total, ColumnKey.FiscalSubtotal, ColumnKey.GeneralBudget, ColumnKey.GeneralBudgetTransfer,
        ColumnKey.GovFund, ColumnKey.GovFundTransfer, ColumnKey.StateCapital, ColumnKey.StateCapitalTransfer,
        ColumnKey.SpecialAccount, ColumnKey.UnitFunds, ColumnKey.FiscalCarryover, ColumnKey.NonFiscalCarryover,
    ];

    public static readonly string[] IncomeHeaders =
    [
        "总计", "财政拨款（补助）小计", "一般公共预算", "上级一般公共预算安排的转移支付", "政府性基金预算",
        "上级政府性基金安排的转移支付", "国有资本经营预算", "上级国有资本经营预算安排的转移支付", "财政专户（教育收费）",
        "单位资金", "财政拨款结转", "非财政拨款结转结余",
    ];

    public static readonly ColumnIdentity[] IncomeIdentities =
    [
        new(ColumnKey.Total, [ColumnKey.FiscalSubtotal, ColumnKey.SpecialAccount, ColumnKey.UnitFunds, ColumnKey.FiscalCarryover, ColumnKey.NonFiscalCarryover]),
        new(ColumnKey.FiscalSubtotal, [ColumnKey.GeneralBudget, ColumnKey.GeneralBudgetTransfer, ColumnKey.GovFund, ColumnKey.GovFundTransfer, ColumnKey.StateCapital, ColumnKey.StateCapitalTransfer]),
    ];

    public static CellValue Number(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return new CellValue(decimal.Parse(text, CultureInfo.InvariantCulture), dot < 0 ? 0 : text.Length - dot - 1);
    }

    /// <summary>A row as printed: "208 05 06" code (spaces allowed; null or "合计" for the total), name, numbers.</summary>
    public static PlacementRow Row(string? code, string name, string numbers, int line = 0)
    {
        var numberList = numbers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
        var compact = code?.Replace(" ", "", StringComparison.Ordinal);
        var kind = compact switch
        {
            null or "合计" => RowKind.Total,
            { Length: 3 } => RowKind.Class,
            { Length: 5 } => RowKind.Section,
            { Length: 7 } => RowKind.Item,
            _ => RowKind.Line,
        };
        var quote = ((code ?? "") + " " + name + " " + numbers).Trim();
        return new PlacementRow(kind == RowKind.Total ? null : compact, kind, numberList, quote, line == 0 ? null : line)
        {
            Name = name,
        };
    }

    public static PlacementRow Unit(string name, string numbers) =>
        new(null, RowKind.UnitSubtotal, [.. numbers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number)], name + " " + numbers, null)
        {
            Name = name,
        };

    /// <summary>The value of each column of a placed row, as "x|y|" (blank = empty).</summary>
    public static string Cells(RowPlacement placement) => string.Join("|", placement.Cells.Select(c => c.ToString()));

    public static int RowIndex(PlacementProblem problem, string code) =>
        problem.Rows.ToList().FindIndex(r => r.Code == code.Replace(" ", "", StringComparison.Ordinal));
}
