using System.Globalization;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Workflows;

/// <summary>
/// An explanation whose 报表 are an attachment, checked with the tables file (one generated disclosure split in two, as
/// Beijing publishes it): the tables file takes the explanation's department and year, and the explanation's figures
/// are compared with the tables.
/// </summary>
public sealed class SeparateTablesLinkTests
{
    private static (CheckReport Narrative, CheckReport Tables) Split(decimal statedIncome)
    {
        var generated = DisclosureGenerator.Budget(7).Document;
        var text = string.Create(CultureInfo.InvariantCulture, $"本部门收入预算{statedIncome:0.00}万元。");
        var narrative = generated with
        {
            Source = "dept.narrative.pdf",
            Tables = [],
            Contents = [],
            Info = generated.Info with { TablesPublishedSeparately = true },
            Sections = [.. generated.Sections, new NarrativeSection { Heading = "六、收入预算情况说明", Level = 2, Text = text }],
        };
        narrative = narrative with { Claims = ClaimExtractor.Extract(narrative) };
        var tables = generated with
        {
            Source = "dept.tables.pdf",
            Sections = [],
            Info = generated.Info with { Entity = null, EntityCode = null, Year = null, Title = null },
        };
        return (new CheckReport { Source = narrative.Source, Format = "pdf", Document = narrative },
            new CheckReport { Source = tables.Source, Format = "pdf", Document = tables });
    }

    private static decimal Income() =>
        DisclosureGenerator.Budget(7).Document.Table(TableId.B01)!.RowByKey(SummaryRowKeys.CurrentYearIncomeTotal)!.Values[0].Value!.Value;

    [Fact]
    public void Link_TablesFileTakesEntityAndYear_AndAgreeingFigureIsNoFinding()
    {
        var (narrative, tables) = Split(Income());

        var linked = SeparateTablesLink.Apply([narrative, tables], EmbeddedCatalogueProvider.Default);

        Assert.Equal("某区医疗保障局", linked[1].Document!.Info.Entity);
        Assert.Equal(narrative.Document!.Info.Year, linked[1].Document!.Info.Year);
        Assert.Contains(linked[0].Diagnostics, d => d.Code == SeparateTablesLink.LinkedCode);
        Assert.Contains(linked[1].Diagnostics, d => d.Code == SeparateTablesLink.LinkedCode);
        Assert.DoesNotContain(linked[0].Findings, f => f.Category == FindingCategory.NarrativeVsTable);
    }

    [Fact]
    public void Link_WrongFigureInTheExplanation_IsReportedAgainstTheTablesFile()
    {
        var (narrative, tables) = Split(Income() + 100m);

        var linked = SeparateTablesLink.Apply([narrative, tables], EmbeddedCatalogueProvider.Default);

        var finding = Assert.Single(linked[0].Findings, f => f.RuleId == "N-TABLE-AMOUNT");
        Assert.Equal("B01", finding.Table);
        Assert.Equal(Income() + 100m, finding.Actual);
        Assert.Empty(linked[1].Findings);
    }

    [Fact]
    public void Link_NothingToPair_ReportsUnchanged()
    {
        var (narrative, tables) = Split(Income());
        var otherYear = tables with { Document = tables.Document! with { Info = tables.Document.Info with { Year = 2001 } } };

        Assert.Same(narrative, SeparateTablesLink.Apply([narrative, otherYear], EmbeddedCatalogueProvider.Default)[0]);
        Assert.Same(narrative, SeparateTablesLink.Apply([narrative], EmbeddedCatalogueProvider.Default)[0]);
    }
}
