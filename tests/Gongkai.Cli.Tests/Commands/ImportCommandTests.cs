using Gongkai.Cli.Commands;
using Gongkai.Store;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai import</c> into a real SQLite file: stores, skips the same content, reports failures, resumes.</summary>
public sealed class ImportCommandTests
{
    private static readonly string[] s_seeds = ["000", "002", "004"];

    private static void CopySeeds(TempDir dir, string folder)
    {
        Directory.CreateDirectory(dir.File(folder));
        foreach (var seed in s_seeds)
        {
            var path = Corpus.Seed(seed);
            File.Copy(path, Path.Combine(dir.File(folder), Path.GetFileName(path)));
        }
    }

    [Fact]
    public async Task Import_StoresEachDisclosure_ReportsFailures_AndSkipsTheSameContentNextTime()
    {
        using var dir = new TempDir();
        CopySeeds(dir, Path.Combine("in", "nested"));
        File.WriteAllText(dir.File(Path.Combine("in", "notes.txt")), "会议纪要：下周二开会。");
        var db = dir.File(Path.Combine("data", "g.db"));

        var first = CliRunner.Run("import", dir.File("in"), "--store", db);

        Assert.Equal(CliApp.ExitFailure, first.ExitCode); // notes.txt is not a disclosure
        Assert.Contains("新导入 3 个，内容相同已跳过 0 个，失败 1 个", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("失败：notes.txt：", first.Stderr, StringComparison.Ordinal);
        Assert.Empty(first.Stdout);

        await using (var store = await DocumentStore.OpenSqliteAsync(db))
        {
            var all = await store.SearchAsync(new SearchQuery { PageSize = 10 });
            Assert.Equal(3, all.Total);
            var workflow = Composition.CreateCheckWorkflow();
            foreach (var seed in s_seeds)
            {
                var path = Corpus.Seed(seed);
                var id = await store.FindByHashAsync(DocumentImporter.ComputeHash(File.ReadAllBytes(path)));
                Assert.NotNull(id);
                var stored = (await store.GetDocumentAsync(id.Value))!;
                var report = workflow.CheckFile(path);
                Assert.Equal(report.Document!.Info.Entity, stored.Summary.Entity);
                Assert.Equal(report.Document.Tables.Count, stored.Document.Tables.Count);
                Assert.Equal(report.Findings.Select(f => (f.RuleId, f.Message)), stored.Findings.Select(f => (f.RuleId, f.Message)));
                Assert.Equal(File.ReadAllBytes(path), (await store.GetOriginalAsync(id.Value))!.Content);
            }
            Assert.Equal("乌尔禾区", (await store.SearchAsync(new SearchQuery { Entity = "乌尔禾区医疗保障局" })).Items.Single().Region);
        }

        File.Delete(dir.File(Path.Combine("in", "notes.txt")));
        var second = CliRunner.Run("import", dir.File("in"), Corpus.Seed("000"), "--store", db, "--quiet");
        Assert.Equal(CliApp.ExitClean, second.ExitCode);
        Assert.Contains("新导入 0 个，内容相同已跳过 4 个，失败 0 个", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingInputAndUnopenableStore_AreReportedInChinese()
    {
        using var dir = new TempDir();
        var missing = CliRunner.Run("import", dir.File("nothing-here"), "--store", dir.File("g.db"));
        Assert.Equal(CliApp.ExitFailure, missing.ExitCode);
        Assert.Contains("不存在或无法访问", missing.Stderr, StringComparison.Ordinal);

        File.WriteAllText(dir.File("not-a-db"), "plain text, not SQLite");
        CopySeeds(dir, "in");
        var badStore = CliRunner.Run("import", dir.File("in"), "--store", dir.File("not-a-db"));
        Assert.Equal(CliApp.ExitFailure, badStore.ExitCode);
        Assert.Contains("无法打开数据库文件", badStore.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Interrupted_KeepsOnlyWholeDocuments_AndTheNextRunFinishes()
    {
        using var dir = new TempDir();
        CopySeeds(dir, "in");
        var db = dir.File("g.db");
        using var cancel = new CancellationTokenSource();
        // Interrupt as soon as the first document is in the store (or at once if the machine is quick).
        var watcher = Task.Run(async () =>
        {
            while (!cancel.IsCancellationRequested)
            {
                if (File.Exists(db))
                {
                    await using var probe = await DocumentStore.OpenSqliteAsync(db);
                    if ((await probe.GetStatisticsAsync()).Documents > 0) break;
                }
                await Task.Delay(20);
            }
            await cancel.CancelAsync();
        });
        using var stderr = new StringWriter();
        var exit = ImportCommand.Execute(new ImportRequest([dir.File("in")], db, 1, false), TextWriter.Null, stderr,
            () => Composition.CreateCheckWorkflow(), cancel.Token);
        await cancel.CancelAsync();
        await watcher;

        await using (var store = await DocumentStore.OpenSqliteAsync(db))
        {
            var stats = await store.GetStatisticsAsync();
            if (stats.Documents < s_seeds.Length)
            {
                Assert.Equal(CliApp.ExitFailure, exit);
                Assert.Contains("导入已中断", stderr.ToString(), StringComparison.Ordinal);
            }
            var workflow = Composition.CreateCheckWorkflow();
            foreach (var summary in (await store.SearchAsync(new SearchQuery())).Items)
            {
                var stored = (await store.GetDocumentAsync(summary.Id))!;
                var path = Directory.GetFiles(dir.File("in")).Single(p => Path.GetFileName(p) == summary.FileName);
                Assert.Equal(workflow.CheckFile(path).Document!.Tables.Count, stored.Document.Tables.Count); // whole, not half
            }
        }

        var resumed = CliRunner.Run("import", dir.File("in"), "--store", db);
        Assert.Equal(CliApp.ExitClean, resumed.ExitCode);
        await using var after = await DocumentStore.OpenSqliteAsync(db);
        Assert.Equal(s_seeds.Length, (await after.GetStatisticsAsync()).Documents);
    }
}
