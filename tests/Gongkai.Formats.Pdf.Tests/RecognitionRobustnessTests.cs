using Gongkai.Core.Recognition;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>
/// The recogniser meets real PDF raw documents (ruled grids of every regional template) before it has templates for
/// them: it must still never throw, keeping what it cannot recognise as unrecognised tables.
/// </summary>
public sealed class RecognitionRobustnessTests
{
    public static TheoryData<string> Files() =>
    [
        "bj-yibaoju-2026-dept-budget.narrative.pdf", "bj-yibaoju-2026-dept-budget.tables.pdf",
        "central-guojiaxinfangju-2026-dept-budget.pdf", "changsha-gonganju-2025-dept-budget.pdf",
        "fuzhou-yibaoju-2026-dept-budget.pdf", "gz-tongjiju-2026-dept-budget.pdf", "hangzhou-qixiangju-2026-dept-budget.pdf",
        "sh-city-caizhengju-2025-unit-budget.pdf", "sh-putuo-caizhengju-2024-dept-final.pdf",
        "sh-putuo-wanli-2023-dept-budget.pdf", "sh-putuo-zhengfuban-2025-unit-budget.pdf", "xian-minzhengju-2021-dept-budget.pdf",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Recognize_CorpusPdf_NeverThrowsAndKeepsEveryTable(string fileName)
    {
        var raw = PdfCorpus.Document(fileName);
        var document = new DefaultDocumentRecognizer().Recognize(raw);
        var rawTables = raw.Blocks.OfType<Gongkai.Core.Import.RawTable>().Count(t => !t.ContinuesPrevious);
        Assert.True(document.Tables.Count >= Math.Min(1, rawTables), $"{fileName}: {document.Tables.Count} tables from {rawTables} raw tables");
    }
}
