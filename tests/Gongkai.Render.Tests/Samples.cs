using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Render.Tests;

/// <summary>Test inputs in real templates.</summary>
internal static class Samples
{
    public static TemplateDefinition Final9 => TemplateRegistry.Default.Get("final-9")!;

    /// <summary>
    /// <see cref="FinalAccountsSample"/> in the final-9 template: its “三公” table (built as two rows 预算数/决算数 by six
    /// items) printed as final-9 prints it, one row of twelve columns (预算数 items, then 决算数 items).
    /// </summary>
    public static DisclosureDocument FinalAccounts()
    {
        var sample = FinalAccountsSample.Consistent();
        var f07 = sample.Table(TableId.F07)!;
        var def = Final9.Tables.Single(t => t.Id == TableId.F07);
        var budget = f07.Rows.Single(r => r.Name.Contains("预算", StringComparison.Ordinal)).Values;
        var final = f07.Rows.Single(r => r.Name.Contains("决算", StringComparison.Ordinal)).Values;
        var table = f07 with
        {
            Columns = def.Columns.Select(c => new TableColumn(c.Header, c.Key, c.Side)).ToList(),
            Rows = [new TableRow { Name = "合计", Kind = RowKind.Total, Values = [.. budget, .. final] }],
            Definition = def,
        };
        // The chapters final-9 requires, in words only (no figures to compare).
        NarrativeSection Chapter(string heading, string text) => new() { Heading = heading, Level = 2, Text = text };
        return sample with
        {
            Info = sample.Info with { TemplateId = Final9.Id },
            Sections =
            [
                Chapter("一、“三公”经费支出决算情况说明", "“三公”经费支出按因公出国（境）费、公务用车购置及运行维护费、公务接待费列示。"),
                Chapter("二、机关运行经费支出情况", "机关运行经费用于保障机构正常运转。"),
                Chapter("三、政府采购支出情况", "政府采购按货物、工程、服务列示。"),
                Chapter("四、国有资产占用使用情况", "国有资产按规定登记入账。"),
                Chapter("五、预算绩效情况说明", "本部门组织开展了项目支出绩效自评。"),
                Chapter("六、名词解释", "财政拨款收入：指本级财政当年拨付的资金。"),
            ],
            Tables = sample.Tables.Select(t => t.Id == TableId.F07 ? table : t).ToList(),
        };
    }

    /// <summary>The findings of the rules on <paramref name="document"/> itself, in <paramref name="template"/>.</summary>
    public static IReadOnlyList<Finding> FindingsOf(DisclosureDocument document, TemplateDefinition template) =>
        RuleEngine.Run(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default) { Template = template });
}
