using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Templates;

public sealed class TemplateRegistryTests
{
    private static readonly Regex s_tableId = new(@"^(B(0[1-9]|1[0-9]|20)|F0[1-9]|P0[1-4])$", RegexOptions.CultureInvariant);

    [Fact]
    public void AllBuiltInTemplatesLoad()
    {
        var ids = TemplateRegistry.Default.All.Select(t => t.Id).ToList();
        Assert.Equal(["beijing-13", "central-9", "final-9", "fujian-10", "guangdong-12", "hunan-8", "shaanxi-16", "shanghai-9", "xinjiang-11", "xinjiang-9", "zhejiang-11"], ids);
        Assert.Equal(DocumentKind.FinalAccounts, TemplateRegistry.Default.Get("final-9")!.Kind);
        Assert.Equal(DocumentKind.Budget, TemplateRegistry.Default.Get("shaanxi-16")!.Kind);
        Assert.Null(TemplateRegistry.Default.Get("nowhere-1"));
    }

    public static TheoryData<string> TemplateIds() => new(TemplateRegistry.Default.All.Select(t => t.Id));

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void EveryTableIdIsValidAndUnique(string templateId)
    {
        var template = TemplateRegistry.Default.Get(templateId)!;
        Assert.NotEmpty(template.Tables);
        foreach (var table in template.Tables)
        {
            Assert.Matches(s_tableId, table.Id.Value);
            Assert.NotEmpty(table.TitlePatterns);
        }
        Assert.Equal(template.Tables.Count, template.Tables.Select(t => t.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void IdentitiesOnlyUseColumnsTheLayoutHas(string templateId)
    {
        foreach (var table in TemplateRegistry.Default.Get(templateId)!.Tables)
        {
            Assert.NotEmpty(table.Layouts);
            Assert.Equal(table.Layouts[0].Columns, table.Columns);
            foreach (var layout in table.Layouts)
            {
                foreach (var identity in layout.Identities)
                {
                    foreach (var key in identity.Addends.Append(identity.Target))
                    {
                        Assert.True(layout.Columns.Any(c => c.Key == key && (identity.Side == TableSide.None || c.Side == identity.Side)),
                            $"{templateId} {table.Id} layout {layout.Name}: identity uses column {key} that the layout lacks");
                    }
                }
                Assert.All(layout.Columns, c => Assert.NotEmpty(c.Aliases));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void RowIdentitiesOnlyUseDefinedRowKeys(string templateId)
    {
        foreach (var table in TemplateRegistry.Default.Get(templateId)!.Tables)
        {
            var keys = table.RowDefinitions.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var identity in table.RowIdentities)
            {
                Assert.Contains(identity.Target, keys);
                Assert.All(identity.Addends, a => Assert.Contains(a, keys));
            }
        }
    }

    [Fact]
    public void SummaryRowKeysComeFromSummaryRowKeys()
    {
        var known = typeof(SummaryRowKeys).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);
        foreach (var table in TemplateRegistry.Default.All.SelectMany(t => t.Tables).Where(t => t.RowAxis == TableRowAxis.Summary))
        {
            Assert.All(table.RowDefinitions, r => Assert.Contains(r.Key, known));
        }
    }

    [Fact]
    public void TitlesSelectTheRightTable()
    {
        var xj = TemplateRegistry.Default.Get("xinjiang-9")!;
        Assert.Equal("B01", Match(xj, "单位收支总体情况表"));
        Assert.Equal("B04", Match(xj, "财政拨款预算收支总体情况表"));
        Assert.Equal("B03", Match(xj, "部门支出总体情况表"));
        Assert.Equal("B10", Match(xj, "项目支出情况表"));
        var sx = TemplateRegistry.Default.Get("shaanxi-16")!;
        Assert.Equal("B14", Match(sx, "2022年部门综合预算一般公共预算支出明细表（按支出经济分类科目-不含上年结转）"));
        Assert.Equal("B06", Match(sx, "2022年部门综合预算一般公共预算基本支出明细表（支出经济分类科目-不含上年结转）"));
        var fin = TemplateRegistry.Default.Get("final-9")!;
        Assert.Equal("F01", Match(fin, "收入支出决算总表"));
        Assert.Equal("F04", Match(fin, "财政拨款收入支出决算总表"));
        Assert.Equal("F05", Match(fin, "一般公共预算财政拨款支出决算表"));
        Assert.Equal("F06", Match(fin, "一般公共预算财政拨款基本支出决算表"));
    }

    [Fact]
    public void MalformedDataIsRejected()
    {
        Assert.Throws<FormatException>(() => TemplateRegistry.FromJson(["{\"id\":\"x\"}"]));
        Assert.Throws<FormatException>(() => TemplateRegistry.FromJson(["not json"]));
    }

    private static string? Match(TemplateDefinition template, string title) =>
        template.Tables.Where(t => t.TitlePatterns.Any(p => Regex.IsMatch(title, p, RegexOptions.CultureInvariant)))
            .Select(t => t.Id.Value).SingleOrDefault();
}
