using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Store;
using Gongkai.Web.Pages;

namespace Gongkai.Web.Contracts;

/// <summary>A document in lists and search results.</summary>
public sealed record DocumentSummaryDto(long Id, string? Title, string? Entity, string? EntityCode, string? Region, string? Province, int? Year,
    string? Kind, string? Level, string? TemplateId, string FileName, string Format, long SizeBytes, string ContentHash, DateTimeOffset ImportedAt,
    int TableCount, int ErrorCount, int WarningCount, int InfoCount)
{
    public static DocumentSummaryDto From(DocumentSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Title, s.Entity, s.EntityCode, s.Region, s.Province, s.Year, Terms.KindParameter(s.Kind),
            s.Level switch { DocumentLevel.Department => "department", DocumentLevel.Unit => "unit", _ => null },
            s.TemplateId, s.FileName, s.Format, s.SizeBytes, s.ContentHash, s.ImportedAt, s.TableCount, s.ErrorCount, s.WarningCount, s.InfoCount);
    }
}

/// <summary>One page of search results with facet counts.</summary>
public sealed record SearchResultDto(int Total, int Page, int PageSize, IReadOnlyList<DocumentSummaryDto> Items,
    IReadOnlyList<FacetCount> Regions, IReadOnlyList<FacetCount> Years, IReadOnlyList<FacetCount> Kinds);

/// <summary>A table's heading (without rows).</summary>
public sealed record TableHeadDto(int Index, string? Id, string Title, string? PrintedNumber, string Unit, bool IsEmpty, int RowCount);

/// <summary>A column: printed header, semantic key, side (income/expenditure) when two-sided.</summary>
public sealed record ColumnDto(string Header, string? Key, string? Side);

/// <summary>A row: code, name, kind, and the values as printed (in the table's unit; null = blank).</summary>
public sealed record RowDto(string? Code, string Name, string Kind, string? Key, string? Side, string? ProjectName, IReadOnlyList<decimal?> Values);

/// <summary>A whole table.</summary>
public sealed record TableDto(int Index, string? Id, string Title, string? PrintedNumber, string Unit, bool IsEmpty, string? EmptyNote,
    IReadOnlyList<ColumnDto> Columns, IReadOnlyList<RowDto> Rows)
{
    public static TableDto From(DisclosureTable t, int index)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(index, t.Id?.Value, t.Title, t.PrintedNumber, t.AmountUnit == Core.Money.AmountUnit.Yuan ? "元" : "万元", t.IsEmpty, t.EmptyNote,
            t.Columns.Select(c => new ColumnDto(c.Header, c.Key?.Value, Side(c.Side))).ToList(),
            t.Rows.Select(r => new RowDto(r.Code, r.Name, r.Kind.ToString(), r.Key, Side(r.Side), r.ProjectName, r.Values.Select(v => v.Value).ToList())).ToList());
    }

    internal static string? Side(TableSide side) => side switch
    {
        TableSide.Income => "income",
        TableSide.Expenditure => "expenditure",
        _ => null,
    };
}

/// <summary>A finding with its evidence (the check-output contract's fields).</summary>
public sealed record FindingDto(string Rule, string Severity, string Category, string Message, string? Table, string? Row, string? Column,
    int? Page, int? Line, string? Quote, decimal? Printed, decimal? Expected)
{
    public static FindingDto From(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Category.ToContractName(), f.Message, f.Table, f.Row, f.Column, f.Page, f.Line,
            f.Quote, f.Actual, f.Expected);
    }
}

/// <summary>A document with its table headings and findings.</summary>
public sealed record DocumentDto(DocumentSummaryDto Summary, IReadOnlyList<TableHeadDto> Tables, IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<string> Sections);

/// <summary>An import's outcome (administrators only).</summary>
public sealed record ImportResultDto(string FileName, string Status, long? DocumentId, string? Reason);
