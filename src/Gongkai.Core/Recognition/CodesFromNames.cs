using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Recognition;

/// <summary>
/// Some regions print classification tables with 科目名称 only (Zhejiang: “科学技术支出 / 技术研究与开发 / 科技成果转化与扩散”).
/// Their rows are given the codes of the year's catalogue by name, in printed order (a 项 under the 款 above it, a 款
/// under the 类 above it), so the row sums and the cross-table checks can run. All or nothing per table: when one
/// row's name is not the catalogue's name in that place, the table is left as printed. Filled codes are marked
/// <see cref="TableRow.CodeFromName"/> and the document gets one info diagnostic per table.
/// </summary>
public static class CodesFromNames
{
    public const string DiagnosticCode = "IMPORT-CODES-FROM-NAMES";

    public static DisclosureDocument Apply(DisclosureDocument document, ICatalogueProvider catalogues)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalogues);
        if (document.Info.Year is not { } year) return document;
        var catalogue = catalogues.ForYear(year);
        var diagnostics = new List<ImportDiagnostic>();
        var tables = document.Tables.Select(table =>
        {
            foreach (var scheme in new[] { ClassificationScheme.Function, ClassificationScheme.DepartmentalEconomic, ClassificationScheme.GovernmentEconomic })
            {
                if (Fill(table, catalogue, scheme) is not { } filled) continue;
                var name = table.PrintedNumber is { Length: > 0 } number ? number + "“" + table.Title + "”" : "“" + table.Title + "”";
                diagnostics.Add(new ImportDiagnostic(DiagnosticCode, Severity.Info,
                    $"{name}未印科目编码，已按 {year} 年{SchemeName(scheme)}科目名称补出编码（{filled.Count} 行）。")
                {
                    Page = table.Page, Table = table.Id?.Value,
                });
                return filled.Table;
            }
            return table;
        }).ToList();
        return diagnostics.Count == 0 ? document : document with { Tables = tables, Diagnostics = [.. document.Diagnostics, .. diagnostics] };
    }

    private static string SchemeName(ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.Function => "支出功能分类",
        ClassificationScheme.DepartmentalEconomic => "部门预算支出经济分类",
        _ => "政府预算支出经济分类",
    };

    private static (DisclosureTable Table, int Count)? Fill(DisclosureTable table, ClassificationCatalogue catalogue, ClassificationScheme scheme)
    {
        var summary = table.Definition?.RowAxis == TableRowAxis.Summary;
        // The rows to fill: named lines without a code or a semantic key (on the expenditure side of a 收支总表).
        bool Candidate(TableRow r) => r.Code is null && r.Key is null && r.Kind is RowKind.Line or RowKind.UnitSubtotal && r.Name.Length > 0
            && (!summary || r.Side == TableSide.Expenditure);
        var candidates = table.Rows.Count(Candidate);
        if (candidates < 2) return null;

        string? classCode = null, sectionCode = null;
        var rows = new List<TableRow>(table.Rows.Count);
        var filled = 0;
        foreach (var row in table.Rows)
        {
            if (row.Code is { } printed && (!summary || row.Side == TableSide.Expenditure))
            {
                // A printed code sets the place the names below it are read in.
                if (printed.Length == 3) (classCode, sectionCode) = (printed, null);
                else if (printed.Length == 5) (classCode, sectionCode) = (printed[..3], printed);
                rows.Add(row);
                continue;
            }
            if (!Candidate(row))
            {
                rows.Add(row);
                continue;
            }
            var entry = Find(catalogue, scheme, row.Name, sectionCode) ?? Find(catalogue, scheme, row.Name, classCode) ?? Find(catalogue, scheme, row.Name, null);
            if (entry is null) return null;
            switch (entry.Code.Length)
            {
                case 3: (classCode, sectionCode) = (entry.Code, null); break;
                case 5: sectionCode = entry.Code; break;
            }
            var kind = entry.Code.Length switch { 3 => RowKind.Class, 5 => RowKind.Section, _ => RowKind.Item };
            rows.Add(row with { Code = entry.Code, Kind = kind, CodeFromName = true });
            filled++;
        }
        var axis = scheme == ClassificationScheme.Function ? TableRowAxis.FunctionClassification : TableRowAxis.EconomicClassification;
        var definition = table.Definition is { } d && d.RowAxis == TableRowAxis.Other ? d with { RowAxis = axis } : table.Definition;
        return (table with { Rows = rows, Definition = definition }, filled);
    }

    // The entry named so among the children of parentCode (null: the 类 list), by the catalogue's own name matching.
    private static CatalogueEntry? Find(ClassificationCatalogue catalogue, ClassificationScheme scheme, string name, string? parentCode)
    {
        var entries = parentCode is null ? catalogue.Entries(scheme).Where(e => e.Code.Length == 3) : catalogue.ChildrenOf(scheme, parentCode);
        return entries.FirstOrDefault(e => catalogue.NameMatches(e, name) is NameMatch.Current or NameMatch.Alias);
    }
}
