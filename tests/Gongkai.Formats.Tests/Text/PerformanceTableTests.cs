using System.Text.RegularExpressions;
using Gongkai.Core.Tables;
using Gongkai.TestSupport;
using static Gongkai.Formats.Tests.Text.SeedDocuments;

namespace Gongkai.Formats.Tests.Text;

/// <summary>Layout-lost 绩效目标表 (000, 001): labelled header rows and indicator rows, and no text lost.</summary>
public sealed class PerformanceTableTests
{
    [Fact]
    public void Seed000ProjectPerformanceTablesHaveLabelledAndIndicatorRows()
    {
        var tables = Read("000").Tables.Where(t => t.Id == TableId.B16).ToList();
        Assert.Equal(3, tables.Count);
        var names = tables[0].Rows.Select(r => r.Name).ToList();
        Assert.Contains("项目名称 | 城乡居民医疗保险补贴", names);
        Assert.Contains("实施单位 | 乌尔禾区医保局", names);
        Assert.Contains("年度资金总额 | 70", names);
        Assert.Contains("其中：财政拨款 | 70", names);
        Assert.Contains("其他资金 | 0", names);
        Assert.Contains("总体目标", names); // printed one character a line: 总 / 体 / 目 / 标
        Assert.Contains("年度绩效目标 | 全面做好医疗保障工作，有效减轻群众就医经济负担，防止城乡居民因病致贫。", names);
        Assert.Contains("产出指标 | 数量指标 | 保险补贴人数 | >=1600人", names);
        Assert.Contains("产出指标 | 成本指标 | 人均补贴标准 | <500元", names);
        Assert.Contains("效益指标 | 可持续影响指标 | 有效降低群众经济负担 | 有效降低", names);
        Assert.Contains("满意度指标 | 满意度指标 | 补贴人员满意度 | >=95%", names);
        var total = tables[0].Rows.Single(r => r.Name == "年度资金总额 | 70");
        Assert.Equal(70m, total.Values[1].Value);
        Assert.All(tables, t => Assert.True(t.Rows.Count(r => r.Name.Split(" | ").Length == 4 && r.Name.Contains("指标 | ", StringComparison.Ordinal)) >= 5));
    }

    [Fact]
    public void Seed001ProjectPerformanceHeaderIsLabelled()
    {
        var names = Read("001").Table(TableId.B16)!.Rows.Select(r => r.Name).ToList();
        Assert.Contains("预算单位 | 呼图壁县医疗保障局", names);
        Assert.Contains("项目名称 | 昌州财社【2023】33 | 号---关于拨付昌吉州州级统筹社会保险扩面征收工作经费", names);
        Assert.Contains("年度预算总额 | 11.25", names);
        Assert.Contains("其中：财政拨款 | 11.25", names);
        Assert.Contains("一级指标", names); // "一级指" + "标"
        Assert.Contains("经济成本指标", names);
        var names17 = Read("001").Table(TableId.B17)!.Rows.Select(r => r.Name).ToList();
        Assert.Contains("单位名称（盖章） | 呼图壁县医疗保障局", names17);
        Assert.Contains("本级安排 | 361.82", names17);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void NoTextOfALayoutLostPerformanceTableIsLost(string seed)
    {
        var lines = File.ReadAllLines(Corpus.Seed(seed));
        var tables = Read(seed).Tables.Where(t => t.Id == TableId.B16 || t.Id == TableId.B17).ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var joined = Strip(string.Concat(table.Rows.Select(r => r.Name)));
            var first = table.Rows.Min(r => r.Line!.Value);
            var last = table.Rows.Max(r => r.Line!.Value);
            for (var n = first; n <= last; n++)
            {
                foreach (var token in lines[n - 1].Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries).Select(Strip).Where(t => t.Length > 0))
                {
                    Assert.True(joined.Contains(token, StringComparison.Ordinal), $"{table.Title} line {n}: “{token}” lost");
                }
            }
        }
    }

    private static string Strip(string s) => Regex.Replace(s, @"[\s|：:]", "");
}
