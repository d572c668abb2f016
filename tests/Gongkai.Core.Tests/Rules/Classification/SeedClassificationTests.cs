using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.TestSupport;
using static Gongkai.Core.Tests.Rules.Classification.ClassificationTables;

namespace Gongkai.Core.Tests.Rules.Classification;

/// <summary>
/// The G3 rules over the 部门/政府 经济分类 rows of seed 004 (横山区医疗保障局 2022, Shaanxi template), read here with a
/// minimal tab-separated row reader so the test does not depend on the recogniser.
/// </summary>
public partial class SeedClassificationTests
{
    [Fact]
    public void Seed004_EconomicRows_GiveTheExpectedFindings()
    {
        var rows = new List<TableRow>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(Corpus.Seed("004")))
        {
            lineNo++;
            var m = EconomicRow().Match(line);
            if (!m.Success) continue;
            var code = m.Groups[1].Value;
            rows.Add(new TableRow
            {
                Code = code,
                Name = m.Groups[2].Value,
                Kind = code.Length == 3 ? RowKind.Class : RowKind.Section,
                GovernmentEconomicCode = m.Groups[3].Value,
                GovernmentEconomicName = m.Groups[4].Value,
                Values = [],
                Quote = line,
                Line = lineNo,
            });
        }
        Assert.True(rows.Count > 20);
        var table = Table(null, TableId.B14, "一般公共预算支出经济分类情况表", [.. rows]);
        var findings = RuleEngine.Run(Context(2022, table));
        // 302213 is a misprint of 30213 (six digits).
        Assert.Contains(findings, f => f.RuleId == "G3-UNKNOWN-CODE" && f.Row == "302213");
        // 30228 工会经费 printed with 50201 but the 政府 name of 其他商品和服务支出 (50299).
        Assert.Contains(findings, f => f.RuleId == "G3-NAME-MISMATCH" && f.Row == "30228" && f.Message.Contains("50201", StringComparison.Ordinal));
        // 30307 printed as 医疗费救助 (official: 医疗费补助).
        Assert.Contains(findings, f => f.RuleId == "G3-NAME-MISMATCH" && f.Row == "30307" && f.Message.Contains("医疗费补助", StringComparison.Ordinal));
        // 30301 is printed with the name and 政府 code of 社会福利和救助 (50901): 30301 离休费 maps to 50905. Every other
        // pair is in the mapping (regional variants such as 30307 → 50999 included).
        var mapping = Assert.Single(findings, f => f.RuleId == "G3-ECON-MAPPING");
        Assert.Equal("30301", mapping.Row);
        Assert.Contains(findings, f => f.RuleId == "G3-NAME-MISMATCH" && f.Row == "30301" && f.Message.Contains("离休费", StringComparison.Ordinal));
        // 对个人家庭的补助 (303) is a variant printing: info.
        Assert.Contains(findings, f => f.RuleId == "G3-NAME-MISMATCH" && f.Row == "303" && f.Severity == Severity.Info);
        // A misprinted code might be a reading error: nothing here is an error.
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(findings, f => f.RuleId == "G3-HIERARCHY");
    }

    [Theory]
    [InlineData("000", 2022)]
    [InlineData("001", 2024)]
    [InlineData("002", 2020)]
    public void XinjiangSeeds_FunctionRows_OnlyKnownDefects(string seed, int year)
    {
        var rows = new List<TableRow>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(Corpus.Seed(seed)))
        {
            lineNo++;
            var m = FunctionRow().Match(line);
            if (!m.Success) continue;
            var code = Regex.Replace(m.Groups[1].Value, @"\s", "");
            rows.Add(new TableRow
            {
                Code = code,
                Name = m.Groups[2].Value,
                Kind = code.Length switch { 3 => RowKind.Class, 5 => RowKind.Section, _ => RowKind.Item },
                Values = [],
                Quote = line,
                Line = lineNo,
            });
        }
        Assert.True(rows.Count > 10);
        var context = Context(year, Table(null, TableId.B05, "一般公共预算支出表", [.. rows]));
        var findings = new Gongkai.Core.Rules.Classification.UnknownCodeRule().Evaluate(context)
            .Concat(new Gongkai.Core.Rules.Classification.NameMismatchRule().Evaluate(context)).ToList();
        Assert.DoesNotContain(findings, f => f.RuleId == "G3-UNKNOWN-CODE");
        // 002 (a 2020 budget) prints the pre-2019 names of 207, 210, 215 and 220; 222 and 233 are printed with their
        // common variant names (info). "行政运行（医疗保障管理）" (name + parent) is accepted.
        var expectedOld = seed == "002" ? new[] { "207", "210", "215", "220" } : [];
        Assert.Equal(expectedOld, findings.Where(f => f.Severity != Severity.Info).Select(f => f.Row).Distinct().Order(StringComparer.Ordinal));
        Assert.All(findings.Where(f => f.Severity != Severity.Info), f => Assert.Contains("使用了旧科目名称", f.Message, StringComparison.Ordinal));
        // 000 lost its layout: names wrapped over two lines are cut off (info).
        Assert.All(findings.Where(f => f.Severity == Severity.Info), f => Assert.True(
            f.Row is "222" or "233" || f.Message.Contains("不完整", StringComparison.Ordinal), f.Message));
    }

    [GeneratedRegex(@"^[ \t*]*(2\d\d(?:[ \t]\d\d){0,2})[ \t]+([\u4e00-\u9fff（）()、]+)")]
    private static partial Regex FunctionRow();

    [GeneratedRegex(@"^(3\d{2,6})\t([^\t]+)\t(5\d{2,4})\t([^\t]*)\t")]
    private static partial Regex EconomicRow();
}
