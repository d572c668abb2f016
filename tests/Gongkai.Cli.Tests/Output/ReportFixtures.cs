using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;

namespace Gongkai.Cli.Tests.Output;

/// <summary>Small hand-built reports for the writers (the model, not a corpus document).</summary>
internal static class ReportFixtures
{
    public static CheckReport WithError() => new()
    {
        Source = "seeds/example.txt",
        Format = "text",
        Document = new DisclosureDocument
        {
            Source = "seeds/example.txt",
            Format = "text",
            Info = new DocumentInfo
            {
                Title = "某某局2022年单位预算公开",
                Entity = "某某局",
                EntityCode = "040002",
                Level = DocumentLevel.Unit,
                Year = 2022,
                Kind = DocumentKind.Budget,
                TemplateId = "xinjiang-9",
            },
            Tables =
            [
                new DisclosureTable
                {
                    Id = TableId.B03,
                    Title = "单位支出总体情况表",
                    PrintedNumber = "表三",
                    AmountUnit = AmountUnit.WanYuan,
                    Columns =
                    [
                        new TableColumn("合计", ColumnKey.Total),
                        new TableColumn("基本支出", ColumnKey.Basic),
                        new TableColumn("项目支出", ColumnKey.Project),
                    ],
                    Rows =
                    [
                        new TableRow
                        {
                            Code = "210", Name = "卫生健康支出", Kind = RowKind.Class, Line = 12,
                            Values = [new CellValue(119.24m, 2), new CellValue(48.30m, 2), CellValue.Blank],
                        },
                        new TableRow
                        {
                            Name = "合计", Kind = RowKind.Total,
                            Values = [new CellValue(123.19m, 2), new CellValue(51.1m, 2), new CellValue(72.09m, 2)],
                        },
                    ],
                },
                new DisclosureTable
                {
                    Id = TableId.B01,
                    Title = "单位收支总体情况表",
                    PrintedNumber = "表一",
                    AmountUnit = AmountUnit.Yuan,
                    Columns =
                    [
                        new TableColumn("预算数", ColumnKey.Total, TableSide.Income),
                        new TableColumn("预算数", ColumnKey.Total, TableSide.Expenditure),
                    ],
                    Rows =
                    [
                        new TableRow
                        {
                            Name = "一般公共预算", Key = SummaryRowKeys.GeneralBudget, Kind = RowKind.Line, Side = TableSide.Income,
                            Values = [new CellValue(100m, 0), CellValue.Blank],
                        },
                        new TableRow
                        {
                            Code = "210", Name = "卫生健康支出", Kind = RowKind.Class, Side = TableSide.Expenditure,
                            Values = [CellValue.Blank, new CellValue(100m, 0)],
                        },
                    ],
                },
            ],
        },
        Findings =
        [
            new Finding
            {
                RuleId = "B03-COL-TOTAL", Severity = Severity.Error, Category = FindingCategory.ColumnIdentity,
                Message = "表三 210 卫生健康支出：合计 119.24 ≠ 基本支出 48.30 + 项目支出 70.94 = 119.25",
                Table = "B03", Row = "210", Column = "合计", Line = 12,
                Quote = "210 卫生健康支出 119.24 48.30 70.94", Actual = 119.24m, Expected = 119.25m,
            },
            new Finding
            {
                RuleId = "G1", Severity = Severity.Warning, Category = FindingCategory.Completeness,
                Message = "缺少表九 国有资本经营预算支出表", Table = "B09",
            },
            new Finding
            {
                RuleId = "B03-ROUNDING", Severity = Severity.Info, Category = FindingCategory.RowSum,
                Message = "四舍五入差异", Table = "B03", Row = "合计", Actual = 51.10m, Expected = 51.09m,
            },
        ],
        Diagnostics = [new ImportDiagnostic("IMPORT-UNKNOWN-TABLE", Severity.Warning, "第5页的表格未能识别为标准表") { Page = 5 }],
    };

    public static CheckReport Clean() => WithError() with { Findings = [] };

    public static CheckReport Unreadable(string source = "missing.txt") => new()
    {
        Source = source,
        Diagnostics = [new ImportDiagnostic("INPUT-NOT-FOUND", Severity.Error, $"文件“{source}”不存在或无法访问。")],
    };
}
