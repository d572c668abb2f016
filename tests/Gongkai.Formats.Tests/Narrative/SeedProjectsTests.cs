using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Narrative;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Narrative;
using Gongkai.Core.Tables;
using Gongkai.Formats.Tests.Text;

namespace Gongkai.Formats.Tests.Narrative;

/// <summary>The project blocks of the explanation (项目名称 …) on the seeds, and their check against the project table.</summary>
public sealed class SeedProjectsTests
{
    private static IReadOnlyList<Finding> Run(DisclosureDocument document) =>
        new ProjectDescriptionAmountRule().Evaluate(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default)).ToList();

    [Fact]
    public void Seed000_ThreeProjectsWithTheirFields()
    {
        var projects = ProjectDescriptionExtractor.Extract(SeedDocuments.Read("000"));
        Assert.Equal(["医疗保障宣传及系统运行经费", "长护险补贴", "城乡居民医疗保险补贴"], projects.Select(p => p.Name));
        var first = projects[0];
        Assert.Equal(0.94m, first.Amount);
        Assert.Equal(AmountUnit.WanYuan, first.Unit);
        Assert.Equal("乌尔禾区医疗保障局", first.Implementer);
        Assert.Equal("用于制作传单，系统使用费", first.Allocation);
        Assert.Equal("2022年1月至2022年12月", first.Period);
        Assert.StartsWith("根据《克拉玛依城乡居民医疗保险工作的提示》", first.PolicyBasis, StringComparison.Ordinal);
        Assert.Equal(70.00m, projects[2].Amount);
    }

    [Fact]
    public void Seed002_ElevenProjectsAgreeWithTheProjectTable()
    {
        var document = SeedDocuments.Read("002");
        var projects = ProjectDescriptionExtractor.Extract(document);
        Assert.Equal(11, projects.Count);
        Assert.Equal(304.2m, projects.Sum(p => p.Amount ?? 0m));
        Assert.Empty(Run(document with { Projects = projects }));
    }

    [Fact]
    public void ProjectAmountDiffersFromTheTable_ErrorWithBothFigures()
    {
        var document = SeedDocuments.Read("002");
        var projects = ProjectDescriptionExtractor.Extract(document)
            .Select(p => p.Name == "稽核费" ? p with { Amount = 3m, AmountDecimals = 0 } : p).ToList();
        var finding = Assert.Single(Run(document with { Projects = projects }));
        Assert.Equal("N-PROJECT-AMOUNT", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(TableId.B10.Value, finding.Table);
        Assert.Equal(3m, finding.Actual);
        Assert.Equal(30.00m, finding.Expected);
        Assert.Contains("稽核费", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeWanYuanTextAgainstTwoDecimalTable_NotAnError()
    {
        // "预算安排规模：10万元" against 10.00 in the table: the same figure at the text's precision.
        var document = SeedDocuments.Read("002");
        var projects = ProjectDescriptionExtractor.Extract(document);
        Assert.Contains(projects, p => p.Amount == 10m && p.AmountDecimals == 0);
        Assert.DoesNotContain(Run(document with { Projects = projects }), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void OddText_NeverThrows()
    {
        var document = new DisclosureDocument
        {
            Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [],
            Sections = [new NarrativeSection { Heading = "七、项目", Level = 2, Text = "项目名称：\n项目名称：甲\n预算安排规模：万元\n项目名称：乙 预算安排规模：１２．５万元" }],
        };
        var projects = ProjectDescriptionExtractor.Extract(document);
        // The empty name is skipped; a label on the same line as the name still separates them.
        Assert.Equal(["甲", "乙"], projects.Select(p => p.Name));
        Assert.Null(projects[0].Amount);
        Assert.Equal(12.5m, projects[1].Amount);
    }
}
