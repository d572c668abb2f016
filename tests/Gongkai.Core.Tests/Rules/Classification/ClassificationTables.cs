using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Rules.Classification;

/// <summary>Builds small tables and rule contexts for the G3 rule tests.</summary>
internal static class ClassificationTables
{
    public static TableRow Row(string code, string name, RowKind? kind = null, string? gov = null, string? govName = null, int line = 0) => new()
    {
        Code = code,
        Name = name,
        Kind = kind ?? (code.Length switch { 3 => RowKind.Class, 5 => RowKind.Section, _ => RowKind.Item }),
        GovernmentEconomicCode = gov,
        GovernmentEconomicName = govName,
        Values = [CellValue.Of(1m)],
        Quote = $"{code} {name} 1.00",
        Page = 3,
        Line = line == 0 ? null : line,
    };

    public static TableRow Subtotal(string name) => new() { Name = name, Kind = RowKind.UnitSubtotal, Values = [CellValue.Of(1m)] };

    public static DisclosureTable Function(params TableRow[] rows) => Table(TableRowAxis.FunctionClassification, TableId.B05, "一般公共预算支出表", rows);

    public static DisclosureTable Economic(params TableRow[] rows) => Table(TableRowAxis.EconomicClassification, TableId.B06, "一般公共预算基本支出表", rows);

    public static DisclosureTable Table(TableRowAxis? axis, TableId? id, string title, params TableRow[] rows) => new()
    {
        Id = id,
        Title = title,
        PrintedNumber = "表五",
        Page = 3,
        Line = 100,
        AmountUnit = AmountUnit.WanYuan,
        Columns = [new TableColumn("合计", ColumnKey.Total)],
        Rows = rows,
        Definition = axis is null ? null : new TemplateTableDefinition
        {
            Id = id ?? TableId.B05,
            Name = title,
            TitlePatterns = [title],
            RowAxis = axis.Value,
            Columns = [new ColumnDefinition(ColumnKey.Total, "合计", [])],
        },
    };

    public static RuleContext Context(int? year, params DisclosureTable[] tables) => new(
        new DisclosureDocument
        {
            Source = "test.txt",
            Format = "text",
            Info = new DocumentInfo { Year = year, Kind = DocumentKind.Budget },
            Tables = tables,
        },
        EmbeddedCatalogueProvider.Default,
        RuleOptions.Default);

    public static string TableText => "表五“一般公共预算支出表”";

    public static string EconomicTableText => "表五“一般公共预算基本支出表”";
}
