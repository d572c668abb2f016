using Gongkai.Compose.Checks;
using Gongkai.Compose.Ledger;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Templates;

namespace Gongkai.Compose.Composing;

/// <summary>
/// 生成公开文件: turns a checked <see cref="BudgetLedger"/> into the complete <see cref="DisclosureDocument"/> of its
/// template: every table (空表 with its note), the explanation with every figure computed, the performance tables and
/// the glossary. Stateless and thread-safe.
/// </summary>
public sealed class DisclosureComposer
{
    private readonly ICatalogueProvider _catalogues;
    private readonly TemplateRegistry _templates;

    public DisclosureComposer(ICatalogueProvider? catalogues = null, TemplateRegistry? templates = null)
    {
        _catalogues = catalogues ?? EmbeddedCatalogueProvider.Default;
        _templates = templates ?? TemplateRegistry.Default;
    }

    /// <summary>The template ids this composer can compose.</summary>
    public static IReadOnlyList<string> SupportedTemplates { get; } = ["xinjiang-9", "xinjiang-11", "shaanxi-16", "final-9"];

    /// <summary>
    /// Checks the ledger and composes it. When the input checks report an error, <see cref="ComposeResult.Document"/>
    /// is null and <see cref="ComposeResult.Issues"/> says what to fix (warnings do not stop composing).
    /// </summary>
    public ComposeResult Compose(BudgetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var issues = new LedgerChecker(_catalogues, _templates).Check(ledger);
        if (issues.Any(i => i.Severity == Severity.Error)) return new ComposeResult { Issues = issues };
        var template = _templates.Get(ledger.TemplateId)!;
        return new ComposeResult { Document = ComposeUnchecked(ledger, template), Template = template, Issues = issues };
    }

    /// <summary>Composes without the input checks (the caller has checked the ledger).</summary>
    public DisclosureDocument ComposeUnchecked(BudgetLedger ledger, TemplateDefinition template)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(template);
        var cx = new ComposeContext(ledger, template, _catalogues.ForYear(ledger.Year));
        var tables = cx.IsFinal ? FinalTables.Compose(cx) : BudgetTables.Compose(cx);
        var sections = cx.IsFinal ? FinalNarrative.Compose(cx, tables) : BudgetNarrative.Compose(cx, tables);
        var shaanxi = template.Id.StartsWith("shaanxi", StringComparison.Ordinal);
        var contents = tables.Select(t => new TableOfContentsEntry(t.PrintedNumber, t.Title,
            shaanxi ? t.IsEmpty : null, shaanxi && t.IsEmpty ? t.EmptyNote : null)).ToList();
        var kindWord = cx.IsFinal ? "决算" : "预算";
        return new DisclosureDocument
        {
            Source = $"{ledger.Entity.Name}{ledger.Year}年{cx.LevelWord}{kindWord}公开",
            Format = "composed",
            Info = new DocumentInfo
            {
                Title = $"{ledger.Entity.Name}{ledger.Year}年{(shaanxi ? "部门综合预算" : cx.LevelWord + kindWord)}公开",
                Entity = ledger.Entity.Name,
                EntityCode = ledger.Entity.Code,
                Level = ledger.Entity.Level,
                Year = ledger.Year,
                Kind = template.Kind,
                TemplateId = template.Id,
                SubUnits = ledger.Entity.SubUnits.Select(u => u.Name).ToList(),
            },
            Tables = tables,
            Sections = sections,
            Contents = contents,
        };
    }
}
