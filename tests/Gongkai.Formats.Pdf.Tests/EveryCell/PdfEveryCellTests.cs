namespace Gongkai.Formats.Pdf.Tests.EveryCell;

/// <summary>
/// Every cell of every table of whole corpus PDFs (four regions: Shanghai (a district office and a city bureau), Zhejiang,
/// Guangdong, the central government),
/// against expectations in <c>EveryCell/*.expected.txt</c>: each table's id, printed number, title, page and unit, each
/// column's meaning, and each row's code, name, kind and every value as printed. The expectations were checked against the
/// PDF: every row against poppler's <c>pdftotext -layout</c> text of its page (<c>EveryCell/verify.py</c>, an independent
/// reader), and each disagreement on the rendered page image by eye.
/// On a failure the reading is written next to the test assembly as <c>*.actual.txt</c>, to diff with the expectation.
/// </summary>
public sealed class PdfEveryCellTests
{
    public static TheoryData<string> Files() => new()
    {
        "sh-putuo-zhengfuban-2025-unit-budget.pdf",
        "hangzhou-qixiangju-2026-dept-budget.pdf",
        "gz-tongjiju-2026-dept-budget.pdf",
        "central-guojiaxinfangju-2026-dept-budget.pdf",
        "sh-city-caizhengju-2025-unit-budget.pdf",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_WholeCorpusPdf_EveryCellOfEveryTableAsPrinted(string fileName)
    {
        var actual = TableDump.Write(PdfCorpus.Checked(fileName));
        var baseName = Path.GetFileNameWithoutExtension(fileName);
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "EveryCell", baseName + ".expected.txt");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : "";

        if (actual == expected) return;
        var actualPath = Path.Combine(AppContext.BaseDirectory, "EveryCell", baseName + ".actual.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(actualPath)!);
        File.WriteAllText(actualPath, actual);
        Assert.Fail(FirstDifference(expected, actual) + $"\nThe whole reading: {actualPath}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end)";
            var right = i < a.Length ? a[i] : "(end)";
            if (left != right)
            {
                var table = Array.FindLast(e[..Math.Min(i + 1, e.Length)], l => l.StartsWith("== ", StringComparison.Ordinal)) ?? "(no table)";
                return $"First difference at line {i + 1}, in {table}:\n expected: {left}\n   actual: {right}";
            }
        }
        return "The readings differ.";
    }
}
