using System.Text.RegularExpressions;
using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>Shared wording and arithmetic of the cross-document rules.</summary>
public static partial class CrossDocumentText
{
    /// <summary>“预算” or “决算”.</summary>
    public static string KindName(DocumentKind kind) => kind == DocumentKind.FinalAccounts ? "决算" : "预算";

    /// <summary>The file name of a document's source, for messages.</summary>
    public static string FileOf(string source) => Path.GetFileName(source);

    /// <summary>Where a figure was found: “表B03“合计”行“基本支出”列” or “文字说明“…”中“…””.</summary>
    public static string Place(FindingEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Table is not null || evidence.Column is not null)
        {
            return $"{evidence.Table ?? "表格"}“{evidence.Row}”行“{evidence.Column}”列";
        }
        return $"文字说明“{evidence.Section}”中“{evidence.Quote}”";
    }

    /// <summary>
    /// True when a claim compares with the prior year (比上年, 较上年, 与上年相比, 同比, 上年度).
    /// </summary>
    public static bool ComparesWithPriorYear(string quote) => PriorYearRegex().IsMatch(quote);

    /// <summary>
    /// The kind of document the prior-year base is taken from: 上年执行数/上年决算 → final accounts, 上年预算 → budget
    /// (both explicit); otherwise the kind of the document itself (not explicit).
    /// </summary>
    public static (DocumentKind Kind, bool Explicit) PriorBase(string text, DocumentKind ownKind)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (PriorFinalRegex().IsMatch(text)) return (DocumentKind.FinalAccounts, true);
        if (PriorBudgetRegex().IsMatch(text)) return (DocumentKind.Budget, true);
        return (ownKind, false);
    }

    /// <summary>
    /// 0 when the two figures agree within <paramref name="tolerance"/>; 1 when they differ by at most one more unit of
    /// the last digit (<paramref name="unit"/>, 四舍五入差异); 2 beyond.
    /// </summary>
    public static int Verdict(decimal a, decimal b, decimal tolerance, decimal unit)
    {
        var diff = Math.Abs(a - b);
        if (diff <= tolerance) return 0;
        return diff <= tolerance + unit ? 1 : 2;
    }

    /// <summary>The severity of a verdict: info for a rounding difference, else the rule's.</summary>
    public static Severity SeverityOf(int verdict, Severity severity) => verdict == 1 ? Severity.Info : severity;

    [GeneratedRegex(@"[比较与同]\s*上\s*年|上年度|同比|上一年|去年", RegexOptions.CultureInvariant)]
    private static partial Regex PriorYearRegex();

    [GeneratedRegex(@"上\s*年\s*(?:度)?\s*(?:预算)?\s*(?:执行|决算|实际)", RegexOptions.CultureInvariant)]
    private static partial Regex PriorFinalRegex();

    [GeneratedRegex(@"上\s*年\s*(?:度)?\s*(?:年初)?\s*预算", RegexOptions.CultureInvariant)]
    private static partial Regex PriorBudgetRegex();
}
