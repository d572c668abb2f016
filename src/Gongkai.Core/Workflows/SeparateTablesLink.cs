using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.CrossDocument;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Workflows;

/// <summary>
/// 说明与报表分册公开: an explanation file that prints no table and says its 报表 are an attachment
/// (<see cref="DocumentInfo.TablesPublishedSeparately"/>, Beijing's “附件：…部门预算报表”) is checked together with a file of
/// tables given with it (same template; same department and year where both name them; the closest file name first).
/// The tables file takes the explanation's department, year and title where it names none; the explanation's claims are
/// checked against the tables file's tables, and the findings this adds (表文一致 and others that need both files) go to
/// the explanation's report. A tables file's completeness findings that the explanation resolves (an 空表 note printed
/// there) are dropped from its report. Inputs that are not such a pair are returned unchanged.
/// </summary>
public static class SeparateTablesLink
{
    /// <summary>Diagnostic code recorded on both files of a linked pair.</summary>
    public const string LinkedCode = "IMPORT-TABLES-LINKED";

    public static IReadOnlyList<CheckReport> Apply(IReadOnlyList<CheckReport> reports, ICatalogueProvider catalogues,
        RuleOptions? options = null, TemplateRegistry? templates = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(catalogues);
        if (reports.Count < 2) return reports;
        var result = reports.ToArray();
        var used = new HashSet<int>();
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i].Document is not { } narrative || !narrative.Info.TablesPublishedSeparately || narrative.Tables.Count > 0) continue;
            var j = Partner(result, i, used);
            if (j < 0) continue;
            used.Add(j);
            (result[i], result[j]) = Link(result[i], result[j], catalogues, options ?? RuleOptions.Default, templates ?? TemplateRegistry.Default);
        }
        return result;
    }

    /// <summary>The file of tables to pair with the explanation at <paramref name="index"/>, or -1.</summary>
    private static int Partner(CheckReport[] reports, int index, HashSet<int> used)
    {
        var narrative = reports[index].Document!.Info;
        var best = -1;
        var bestPrefix = -1;
        for (var j = 0; j < reports.Length; j++)
        {
            if (j == index || used.Contains(j) || reports[j].Document is not { } tables) continue;
            if (tables.Tables.Count == 0 || tables.Info.TablesPublishedSeparately) continue;
            // A full disclosure of its own (explanation with claims) is not an attachment.
            if (tables.Claims.Count > 0) continue;
            var info = tables.Info;
            if (narrative.TemplateId is not null && info.TemplateId is not null && narrative.TemplateId != info.TemplateId) continue;
            if (narrative.Kind is not null && info.Kind is not null && narrative.Kind != info.Kind) continue;
            if (narrative.Year is not null && info.Year is not null && narrative.Year != info.Year) continue;
            if (narrative.Entity is not null && info.Entity is not null && !EntityMatch.SameEntity(narrative, info)) continue;
            var prefix = CommonPrefix(Path.GetFileName(reports[index].Source), Path.GetFileName(reports[j].Source));
            if (prefix > bestPrefix)
            {
                best = j;
                bestPrefix = prefix;
            }
        }
        return best;
    }

    private static (CheckReport Narrative, CheckReport Tables) Link(CheckReport narrativeReport, CheckReport tablesReport,
        ICatalogueProvider catalogues, RuleOptions options, TemplateRegistry templates)
    {
        var narrative = narrativeReport.Document!;
        var tables = tablesReport.Document!;
        var narrativeName = Path.GetFileName(narrativeReport.Source);
        var tablesName = Path.GetFileName(tablesReport.Source);

        var tablesInfo = tables.Info with
        {
            Entity = tables.Info.Entity ?? narrative.Info.Entity,
            EntityCode = tables.Info.EntityCode ?? narrative.Info.EntityCode,
            Year = tables.Info.Year ?? narrative.Info.Year,
            Level = tables.Info.Level ?? narrative.Info.Level,
            Title = string.IsNullOrEmpty(tables.Info.Title) || tables.Info.TitleComposed ? narrative.Info.Title : tables.Info.Title,
            TitleComposed = (string.IsNullOrEmpty(tables.Info.Title) || tables.Info.TitleComposed) ? narrative.Info.TitleComposed : tables.Info.TitleComposed,
        };
        var merged = narrative with
        {
            Info = narrative.Info with { TablesPublishedSeparately = false, TemplateId = narrative.Info.TemplateId ?? tables.Info.TemplateId },
            Tables = tables.Tables,
            Performance = tables.Performance,
            Contents = narrative.Contents.Count > 0 ? narrative.Contents : tables.Contents,
        };
        var template = merged.Info.TemplateId is { } id ? templates.Get(id) : null;
        var together = RuleEngine.Run(new RuleContext(merged, catalogues, options) { Template = template });

        var known = narrativeReport.Findings.Concat(tablesReport.Findings).Select(Key).ToHashSet();
        var added = together.Where(f => !known.Contains(Key(f))).ToList();
        var togetherKeys = together.Select(Key).ToHashSet();
        var tablesFindings = tablesReport.Findings
            .Where(f => f.Category != FindingCategory.Completeness || togetherKeys.Contains(Key(f)))
            .ToList();

        var narrativeLinked = new ImportDiagnostic(LinkedCode, Severity.Info,
            $"文件“{narrativeName}”注明报表另行公开：已与同时检查的报表文件“{tablesName}”（{tables.Tables.Count} 张表）合并核对表文一致。");
        var tablesLinked = new ImportDiagnostic(LinkedCode, Severity.Info,
            $"报表文件“{tablesName}”与说明文件“{narrativeName}”合并核对" +
            (tables.Info.Entity is null || tables.Info.Year is null ? "，单位和年度取自说明文件。" : "。"));
        return (
            narrativeReport with
            {
                Findings = [.. narrativeReport.Findings, .. added],
                Diagnostics = [.. narrativeReport.Diagnostics, narrativeLinked],
                Document = narrative with { Diagnostics = [.. narrative.Diagnostics, narrativeLinked] },
            },
            tablesReport with
            {
                Findings = tablesFindings,
                Diagnostics = [.. tablesReport.Diagnostics, tablesLinked],
                Document = tables with { Info = tablesInfo, Diagnostics = [.. tables.Diagnostics, tablesLinked] },
            });
    }

    private static (string RuleId, string? Table, string? Row, string? Column, string? Quote, string Message) Key(Finding f) =>
        (f.RuleId, f.Table, f.Row, f.Column, f.Quote, f.Message);

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
