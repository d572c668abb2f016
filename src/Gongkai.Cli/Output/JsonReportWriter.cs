using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;

namespace Gongkai.Cli.Output;

/// <summary>
/// Writes check reports as the JSON array of contracts/check-output.md: one object per input, in input order.
/// Field names, types and meanings follow the contract; extra fields (rows[].kind, findings[].line …) are additive.
/// Amounts keep their printed decimals (51.10 stays 51.10); Chinese is written unescaped; UTF-8 without BOM.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    /// <summary>Writes the reports to <paramref name="output"/> as UTF-8 (no BOM), followed by a newline.</summary>
    public static void Write(IReadOnlyList<CheckReport> reports, Stream output)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, s_options))
        {
            writer.WriteStartArray();
            foreach (var report in reports) WriteReport(writer, report);
            writer.WriteEndArray();
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>The reports as a JSON string (for text writers and tests).</summary>
    public static string ToJson(IReadOnlyList<CheckReport> reports)
    {
        using var buffer = new MemoryStream();
        Write(reports, buffer);
        return new System.Text.UTF8Encoding(false).GetString(buffer.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter w, CheckReport report)
    {
        w.WriteStartObject();
        w.WriteString("source", report.Source);
        w.WriteString("format", report.Format);
        w.WriteBoolean("unreadable", report.Unreadable);
        WriteDocument(w, report.Document?.Info);

        WriteArray(w, "tables", report.Document?.Tables ?? [], WriteTable);

        // Numeric statements of the explanation text (Gongkai.Core.Narrative.ClaimExtractor).
        WriteArray(w, "claims", report.Document?.Claims ?? [], WriteClaim);

        // Project blocks of the explanation text (Gongkai.Core.Narrative.ProjectDescriptionExtractor).
        WriteArray(w, "projects", report.Document?.Projects ?? [], WriteProject);

        // Performance tables read into the model (Gongkai.Core.Performance.PerformanceTableParser).
        WriteArray(w, "performance", report.Document?.Performance ?? [], WritePerformance);

        WriteArray(w, "findings", report.Findings, WriteFinding);

        WriteArray(w, "diagnostics", report.Diagnostics, WriteDiagnostic);
        w.WriteEndObject();
    }

    private static void WriteProject(Utf8JsonWriter w, Gongkai.Core.Narrative.ProjectDescription project)
    {
        w.WriteStartObject();
        w.WriteString("name", project.Name);
        w.WriteString("section", project.Section);
        WriteNumberOrNull(w, "line", project.Line);
        w.WriteString("policyBasis", project.PolicyBasis);
        w.WriteString("budgetText", project.BudgetText);
        WriteDecimalOrNull(w, "amount", project.Amount);
        w.WriteString("unit", project.Unit?.ToChinese());
        w.WriteString("implementer", project.Implementer);
        w.WriteString("allocation", project.Allocation);
        w.WriteString("period", project.Period);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Gongkai.Core.Narrative.Claim claim)
    {
        w.WriteStartObject();
        w.WriteString("section", claim.Section);
        w.WriteString("quote", claim.Quote);
        WriteNumberOrNull(w, "line", claim.Line);
        w.WriteString("subject", claim.Subject);
        w.WriteString("subjectCode", claim.SubjectCode);
        w.WriteString("scope", claim.Scope);
        w.WriteString("unit", claim.Unit?.ToChinese());
        WriteDecimalOrNull(w, "amount", claim.Amount);
        WriteDecimalOrNull(w, "sharePercent", claim.SharePercent);
        WriteDecimalOrNull(w, "change", claim.Change);
        WriteDecimalOrNull(w, "changePercent", claim.ChangePercent);
        w.WriteString("direction", claim.Direction);
        WriteDecimalOrNull(w, "budget", claim.Budget);
        WriteDecimalOrNull(w, "final", claim.Final);
        WriteDecimalOrNull(w, "completionPercent", claim.CompletionPercent);
        WriteDecimalOrNull(w, "varianceRatePercent", claim.VarianceRatePercent);
        WriteDecimalOrNull(w, "count", claim.Count);
        if (claim.Defects.Count > 0)
        {
            w.WriteStartArray("defects");
            foreach (var defect in claim.Defects) w.WriteStringValue(defect);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WritePerformance(Utf8JsonWriter w, Gongkai.Core.Performance.PerformanceTable table)
    {
        w.WriteStartObject();
        w.WriteString("table", table.Source.Id?.Value);
        w.WriteString("title", table.Source.Title);
        WriteNumberOrNull(w, "line", table.Source.Line);
        w.WriteString("kind", table.Kind switch
        {
            Gongkai.Core.Performance.PerformanceTableKind.ProjectTarget => "project-target",
            Gongkai.Core.Performance.PerformanceTableKind.UnitTarget => "unit-target",
            Gongkai.Core.Performance.PerformanceTableKind.ProjectSelfEvaluation => "project-self-evaluation",
            _ => "unit-self-evaluation",
        });
        w.WriteString("amountUnit", table.Source.AmountUnit.ToChinese());
        w.WriteString("projectName", table.ProjectName);
        w.WriteString("department", table.Department);
        w.WriteString("implementingUnit", table.ImplementingUnit);
        w.WriteString("unitCode", table.UnitCode);
        w.WriteString("goal", table.Goal);
        w.WriteString("goalActual", table.GoalActual);
        w.WriteStartArray("funds");
        foreach (var fund in table.Funds)
        {
            w.WriteStartObject();
            w.WriteString("kind", fund.Kind.ToString().ToLowerInvariant());
            w.WriteString("label", fund.Label);
            WriteCell(w, "amount", fund.Amount);
            WriteCell(w, "budgetAtStart", fund.BudgetAtStart);
            WriteCell(w, "budgetFull", fund.BudgetFull);
            WriteCell(w, "executed", fund.Executed);
            WriteCell(w, "weight", fund.Weight);
            WriteCell(w, "ratePercent", fund.RatePercent);
            WriteCell(w, "score", fund.Score);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var indicator in table.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("level1", indicator.Level1);
            w.WriteString("level2", indicator.Level2);
            w.WriteString("name", indicator.Name);
            w.WriteString("family", indicator.Family);
            WriteIndicatorValue(w, "target", indicator.Target);
            WriteIndicatorValue(w, "actual", indicator.Actual);
            WriteCell(w, "weight", indicator.Weight);
            WriteCell(w, "score", indicator.Score);
            w.WriteString("deviation", indicator.Deviation);
            w.WriteString("targetDescription", indicator.TargetDescription);
            w.WriteString("scoringStandard", indicator.ScoringStandard);
            WriteNumberOrNull(w, "line", indicator.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteCell(w, "totalWeight", table.TotalWeight);
        WriteCell(w, "totalScore", table.TotalScore);
        w.WriteEndObject();
    }

    private static void WriteIndicatorValue(Utf8JsonWriter w, string name, Gongkai.Core.Performance.IndicatorValue? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("text", value.Text);
        w.WriteString("operator", value.Operator);
        WriteDecimalOrNull(w, "number", value.Number);
        w.WriteString("unit", value.Unit);
        w.WriteBoolean("qualitative", value.IsQualitative);
        w.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter w, string name, CellValue cell)
    {
        w.WritePropertyName(name);
        if (cell.IsBlank) w.WriteNullValue();
        else w.WriteRawValue(cell.ToString(), skipInputValidation: true);
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentInfo? info)
    {
        w.WriteStartObject("document");
        w.WriteString("title", info?.Title);
        w.WriteString("entity", info?.Entity);
        w.WriteString("entityCode", info?.EntityCode);
        w.WriteString("level", info?.Level switch
        {
            DocumentLevel.Department => "department",
            DocumentLevel.Unit => "unit",
            _ => null,
        });
        WriteNumberOrNull(w, "year", info?.Year);
        w.WriteString("kind", info?.Kind switch
        {
            DocumentKind.Budget => "budget",
            DocumentKind.FinalAccounts => "final",
            _ => null,
        });
        w.WriteString("template", info?.TemplateId);
        w.WriteStartArray("subUnits");
        foreach (var unit in info?.SubUnits ?? []) w.WriteStringValue(unit);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, DisclosureTable table)
    {
        w.WriteStartObject();
        w.WriteString("id", table.Id?.Value);
        w.WriteString("title", table.Title);
        w.WriteString("printedNumber", table.PrintedNumber);
        WriteNumberOrNull(w, "page", table.Page);
        WriteNumberOrNull(w, "line", table.Line);
        w.WriteString("amountUnit", table.AmountUnit.ToChinese());
        w.WriteBoolean("empty", table.IsEmpty);
        w.WriteString("emptyNote", table.EmptyNote);

        w.WriteStartArray("columns");
        foreach (var column in table.Columns) w.WriteStringValue(column.Header);
        w.WriteEndArray();

        w.WriteStartArray("columnDetails");
        foreach (var column in table.Columns)
        {
            w.WriteStartObject();
            w.WriteString("header", column.Header);
            w.WriteString("key", column.Key?.Value);
            w.WriteString("side", SideName(column.Side));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("rows");
        foreach (var row in table.Rows) WriteRow(w, table, row);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter w, DisclosureTable table, TableRow row)
    {
        w.WriteStartObject();
        w.WriteString("code", row.Code);
        if (row.CodeFromName) w.WriteBoolean("codeFromName", true);
        w.WriteString("name", row.Name);
        w.WriteString("kind", KindName(row.Kind));
        w.WriteString("key", row.Key);
        w.WriteString("side", SideName(row.Side));
        if (row.GovernmentEconomicCode is not null)
        {
            w.WriteString("governmentEconomicCode", row.GovernmentEconomicCode);
            w.WriteString("governmentEconomicName", row.GovernmentEconomicName);
        }
        if (row.ProjectName is not null) w.WriteString("projectName", row.ProjectName);
        if (row.Remark is not null) w.WriteString("remark", row.Remark);
        WriteNumberOrNull(w, "page", row.Page);
        WriteNumberOrNull(w, "line", row.Line);

        w.WriteStartObject("values");
        var written = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            // Two-sided tables: a row holds only the columns of its own side (headers repeat across sides).
            if (row.Side != TableSide.None && column.Side != TableSide.None && column.Side != row.Side) continue;
            var name = column.Header;
            for (var n = 2; !written.Add(name); n++) name = column.Header + "#" + n.ToString(CultureInfo.InvariantCulture);
            w.WritePropertyName(name);
            var cell = i < row.Values.Count ? row.Values[i] : CellValue.Blank;
            if (cell.IsBlank) w.WriteNullValue();
            else w.WriteRawValue(cell.ToString(), skipInputValidation: true);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding finding)
    {
        w.WriteStartObject();
        w.WriteString("rule", finding.RuleId);
        w.WriteString("severity", SeverityName(finding.Severity));
        w.WriteString("category", finding.Category.ToContractName());
        w.WriteString("message", finding.Message);
        w.WriteString("table", finding.Table);
        w.WriteString("row", finding.Row);
        w.WriteString("column", finding.Column);
        WriteNumberOrNull(w, "page", finding.Page);
        WriteNumberOrNull(w, "line", finding.Line);
        w.WriteString("quote", finding.Quote);
        WriteDecimalOrNull(w, "actual", finding.Actual);
        WriteDecimalOrNull(w, "expected", finding.Expected);
        if (finding.Related is { } related)
        {
            // Cross-document findings: the place in the other document (docs/check-output-extensions.md).
            w.WriteStartObject("related");
            w.WriteString("source", related.Source);
            w.WriteString("table", related.Table);
            w.WriteString("row", related.Row);
            w.WriteString("column", related.Column);
            w.WriteString("section", related.Section);
            WriteNumberOrNull(w, "page", related.Page);
            WriteNumberOrNull(w, "line", related.Line);
            w.WriteString("quote", related.Quote);
            WriteDecimalOrNull(w, "value", related.Value);
            w.WriteString("unit", related.Unit);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, ImportDiagnostic diagnostic)
    {
        w.WriteStartObject();
        w.WriteString("code", diagnostic.Code);
        w.WriteString("severity", SeverityName(diagnostic.Severity));
        w.WriteString("message", diagnostic.Message);
        WriteNumberOrNull(w, "page", diagnostic.Page);
        WriteNumberOrNull(w, "line", diagnostic.Line);
        w.WriteString("table", diagnostic.Table);
        w.WriteEndObject();
    }

    /// <summary>Contract severity name: error, warning or info.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string? SideName(TableSide side) => side switch
    {
        TableSide.Income => "income",
        TableSide.Expenditure => "expenditure",
        _ => null,
    };

    private static string KindName(RowKind kind) => kind switch
    {
        RowKind.Total => "total",
        RowKind.UnitSubtotal => "unit-subtotal",
        RowKind.Class => "class",
        RowKind.Section => "section",
        RowKind.Item => "item",
        RowKind.Project => "project",
        _ => "line",
    };

    /// <summary>Writes <paramref name="items"/> as a named JSON array, each with <paramref name="writeItem"/>.</summary>
    private static void WriteArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        w.WriteStartArray(name);
        foreach (var item in items) writeItem(w, item);
        w.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteNumber(name, value.Value);
    }

    private static void WriteDecimalOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is null) w.WriteNull(name);
        // decimal keeps its scale: 51.10m is written as 51.10.
        else
        {
            w.WritePropertyName(name);
            w.WriteRawValue(value.Value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        }
    }
}
