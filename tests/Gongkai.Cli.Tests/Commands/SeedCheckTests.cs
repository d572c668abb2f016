using System.Text;
using System.Text.Json;
using Gongkai.Cli.Tests.Output;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>The five seed disclosures through the real command line, in-process: contract shape, exit codes, order, text.</summary>
public class SeedCheckTests
{
    public static TheoryData<string> SeedPrefixes => new() { "000", "001", "002", "003", "004" };

    private static readonly string[] s_prefixes = ["000", "001", "002", "003", "004"];

    private static string[] AllSeeds => [.. s_prefixes.Select(Corpus.Seed)];

    private static bool HasError(JsonElement report) =>
        report.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("severity").GetString() == "error");

    [Theory]
    [MemberData(nameof(SeedPrefixes))]
    public void CheckJson_Seed_MatchesContractShapeAndExitCode(string prefix)
    {
        var seed = Corpus.Seed(prefix);
        var result = CliRunner.Run("check", "--format", "json", seed);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        var report = Assert.Single(reports.EnumerateArray());
        Assert.Equal(seed, report.GetProperty("source").GetString());
        Assert.Equal("text", report.GetProperty("format").GetString());
        Assert.False(report.GetProperty("unreadable").GetBoolean(), result.Stdout);
        Assert.Equal(HasError(report) ? 1 : 0, result.ExitCode);
        Assert.InRange(report.GetProperty("document").GetProperty("year").GetInt32(), 2015, 2030);
        Assert.Contains(seed, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void CheckJson_SeedWithTables_RecognisesStandardTables(string prefix)
    {
        var report = CliRunner.Run("check", "--format", "json", "--quiet", Corpus.Seed(prefix)).Json()[0];
        var ids = report.GetProperty("tables").EnumerateArray()
            .Select(t => t.GetProperty("id")).Where(id => id.ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(ids);
        var rows = report.GetProperty("tables").EnumerateArray().Sum(t => t.GetProperty("rows").GetArrayLength());
        Assert.True(rows > 0, "no table rows read");
    }

    [Fact]
    public void CheckJson_FinalAccountsWithoutTables_ReportsMissingTablesFromItsTemplate()
    {
        // 003 is a 部门决算 explanation whose nine tables were published separately: the recognised template must
        // reach the completeness rules (without it they stay silent), which report the missing tables.
        var result = CliRunner.Run("check", "--format", "json", "--quiet", Corpus.Seed("003"));
        var report = result.Json()[0];
        Assert.Equal("final", report.GetProperty("document").GetProperty("kind").GetString());
        Assert.Contains(report.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("category").GetString() == "completeness"
            && f.GetProperty("rule").GetString() == "D-R01"
            && f.GetProperty("message").GetString()!.Contains("模板", StringComparison.Ordinal));
        Assert.Equal(HasError(report) ? 1 : 0, result.ExitCode);
    }

    [Fact]
    public void CheckJson_AllSeeds_OrderAndExitCode()
    {
        var seeds = AllSeeds.Reverse().ToArray();
        var result = CliRunner.Run(["check", "--format", "json", .. seeds]);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        Assert.Equal(seeds, reports.EnumerateArray().Select(r => r.GetProperty("source").GetString()));
        Assert.Equal(reports.EnumerateArray().Any(HasError) ? 1 : 0, result.ExitCode);
    }

    [Fact]
    public void CheckText_AllSeeds_HasHeadersGroupsAndSummaries()
    {
        var seeds = AllSeeds;
        var json = CliRunner.Run(["check", "--format", "json", "--quiet", .. seeds]).Json();
        var text = CliRunner.Run(["check", "--quiet", .. seeds]);
        foreach (var seed in seeds) Assert.Contains("══ 文件：" + seed, text.Stdout, StringComparison.Ordinal);
        Assert.Equal(seeds.Length, CountOf(text.Stdout, "识别表格："));
        Assert.Equal(seeds.Length, CountOf(text.Stdout, "  小结："));
        Assert.Contains("总计：5 个文件", text.Stdout, StringComparison.Ordinal);
        foreach (var (severity, header) in new[] { ("error", "  错误（"), ("warning", "  警告（"), ("info", "  提示（") })
        {
            var reportsWith = json.EnumerateArray().Count(r =>
                r.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("severity").GetString() == severity));
            Assert.Equal(reportsWith, CountOf(text.Stdout, header));
        }
        Assert.Equal(json.EnumerateArray().Any(HasError) ? 1 : 0, text.ExitCode);
    }

    [Fact]
    public void Check_Gb18030Seed_ReadsLikeUtf8()
    {
        using var dir = new TempDir();
        var seed = Corpus.Seed("000");
        var gbPath = dir.File("gb18030.txt");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(gbPath, Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(seed, Encoding.UTF8)));

        var result = CliRunner.Run("check", "--format", "json", "--quiet", seed, gbPath);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        var utf8 = reports[0];
        var gb = reports[1];
        Assert.False(gb.GetProperty("unreadable").GetBoolean(), result.Stdout);
        Assert.Equal(TableIds(utf8), TableIds(gb));
        Assert.Equal(utf8.GetProperty("findings").GetArrayLength(), gb.GetProperty("findings").GetArrayLength());
        Assert.Equal(utf8.GetProperty("document").GetProperty("entity").GetString(), gb.GetProperty("document").GetProperty("entity").GetString());
        Assert.Contains(gb.GetProperty("diagnostics").EnumerateArray(), d =>
            d.GetProperty("message").GetString()!.Contains("GB18030", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TruncatedSeed_ReadsWhatIsThereAndReportsTheMissingTables()
    {
        using var dir = new TempDir();
        var seed = Corpus.Seed("000");
        var text = File.ReadAllText(seed, Encoding.UTF8);
        var path = dir.File("截断.txt");
        // The first 30 % of the document, cut at a character boundary (the document stops mid-table).
        File.WriteAllText(path, text[..(text.Length * 3 / 10)], new UTF8Encoding(false));
        var result = CliRunner.Run("check", "--format", "json", path, seed);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        var truncated = reports[0];
        Assert.Contains("截断.txt", result.Stderr, StringComparison.Ordinal);
        Assert.False(truncated.GetProperty("unreadable").GetBoolean(), result.Stdout);
        Assert.False(reports[1].GetProperty("unreadable").GetBoolean());
        var present = TableIds(truncated);
        var whole = TableIds(reports[1]);
        Assert.NotEmpty(present);
        Assert.True(present.Count < whole.Count, $"{present.Count} tables of {whole.Count}");
        // What the cut removed is reported as missing (completeness, with the table id).
        var missing = whole.Except(present, StringComparer.Ordinal).ToList();
        Assert.Contains(truncated.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("category").GetString() == "completeness" && missing.Contains(f.GetProperty("table").GetString() ?? ""));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Check_NewsText_IsNotADisclosure()
    {
        using var dir = new TempDir();
        var path = dir.File("新闻.txt");
        File.WriteAllText(path,
            "本报讯 近日，市图书馆新馆正式对外开放。新馆位于城市东部文化中心，建筑面积约三万平方米，\n" +
            "设有少儿阅览区、古籍文献区和数字体验区，可同时容纳两千名读者。开馆首日，不少市民早早排队入馆。\n" +
            "市民王女士说：“环境很好，以后周末会常带孩子来看书。”据介绍，新馆全年开放，每周一闭馆维护。\n" +
            "记者 李明\n", new UTF8Encoding(false));
        var seed = Corpus.Seed("002");
        var result = CliRunner.Run("check", "--format", "json", path, seed);
        Assert.Equal(2, result.ExitCode);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        var news = reports[0];
        Assert.True(news.GetProperty("unreadable").GetBoolean());
        Assert.Equal(0, news.GetProperty("tables").GetArrayLength());
        var diagnostic = Assert.Single(news.GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("code").GetString() == "INPUT-NOT-DISCLOSURE");
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Contains("新闻.txt", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("不是预决算公开文件", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(reports[1].GetProperty("unreadable").GetBoolean());
    }

    private static List<string> TableIds(JsonElement report) =>
        [.. report.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id"))
            .Where(id => id.ValueKind == JsonValueKind.String).Select(id => id.GetString()!)];

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
