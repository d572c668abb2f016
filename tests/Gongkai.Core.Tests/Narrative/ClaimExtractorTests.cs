using Gongkai.Core.Money;
using Gongkai.Core.Narrative;

namespace Gongkai.Core.Tests.Narrative;

/// <summary>Sentence → claim, for the sentence patterns of the five seeds (short quotes).</summary>
public sealed class ClaimExtractorTests
{
    private static Claim Single(string text, string subject) =>
        Assert.Single(ClaimExtractor.ExtractText(text, "测试"), c => c.Subject == subject);

    [Theory]
    // subject, code, amount, share, change, rate
    [InlineData("基本支出 51.1 万元，占41.48 %，比上年预算增加1.95万元，增长3.97%，主要原因是 由于基本支出中定额调增。", "基本支出", null, "51.1", "41.48", "1.95", "3.97")]
    [InlineData("项目支出 72.09 万元，占58.52 %，比上年预算减少1.05万元，下降1.44%，主要原因是 项目支出中宣传减少。", "项目支出", null, "72.09", "58.52", "-1.05", "-1.44")]
    [InlineData("1.社会保障和就业支出（208） 3.95 万元， 占3.21 % 。", "社会保障和就业支出", "208", "3.95", "3.21", null, null)]
    [InlineData("1.社会保障和就业支出（208）行政事业单位养老支出（05）机关事业单位基本养老保险缴费支出（05）:2022年预算数为2.8万元，比上年预算 减少0.59 万元， 下降17% ，主要原因是 社保定额调整。", "机关事业单位基本养老保险缴费支出", "2080505", "2.8", null, "-0.59", "-17")]
    [InlineData("单位资金165.5万元，占31.39 %，比上年预算增加99.63万元，增长 151.25%，主要原因是单位基本户所有资金往来。", "单位资金", null, "165.5", "31.39", "99.63", "151.25")]
    [InlineData("项目支出 11.25 万元，占 2.13%，比上年预算下降 57.62万元，下降 83.66%。", "项目支出", null, "11.25", "2.13", "-57.62", "-83.66")]
    [InlineData("1.社会保障和就业支出（208 类）行政事业单位养老支出（05 款）事业单位离退休（02 项）:2024 年预算数为 1.86 万元，比上年预算增加 1.86 万元，增长 100%。", "事业单位离退休", "2080502", "1.86", null, "1.86", "100")]
    [InlineData("- 2、卫生健康支出（类）1167.58 万元，占 92.25%。", "卫生健康支出", "210", "1167.58", "92.25", null, null)]
    [InlineData("2. 卫生健康支出(类)38.46 万元,占 83.14%。", "卫生健康支出", "210", "38.46", "83.14", null, null)]
    [InlineData("4. 卫生健康支出(类)医疗保障管理事务(款)行政运行(项):支出决算数为 26.20 万元,比上年决算减少 7.72 万元,下降 22.76%，主要原因是：本年功能科目调整。", "行政运行", null, "26.20", null, "-7.72", "-22.76")]
    [InlineData("（2）事业运行(2101550)550.47 万元，较上年减少 62.53 万元，原因是机构改革事业人员减少。", "事业运行", "2101550", "550.47", null, "-62.53", null)]
    [InlineData("工资福利支出(301)585.01万元,较上年减少40.73万元,原因是本单位人员有增减。", "工资福利支出", "301", "585.01", null, "-40.73", null)]
    [InlineData("2023 年度克拉玛依市乌尔禾区医保局机关运行经费支出 4.64 万元，比上年增加 2.15 万元，增长 86.35%。", "机关运行经费", null, "4.64", null, "2.15", "86.35")]
    [InlineData("其中：一般公共预算 1265.67 万元，占 100%，比上年增加 539.29 万元，主要原因是单位 2019 年成立。", "一般公共预算", null, "1265.67", "100", "539.29", null)]
    [InlineData("乌尔禾区医疗保障局2022年一般公共预算“三公”经费数为4.45万元，其中： 因公出国（境）费0万元。", "三公经费", null, "4.45", null, null, null)]
    [InlineData("本年收入 46.26 万元，其中：财政拨款收入 46.26 万元，占 100.00%；上级补助收入 0.00 万元，占 0.00%。", "财政拨款收入", null, "46.26", "100.00", null, null)]
    // Beijing 2026: "基本支出预算" / "项目支出预算" are the 基本支出 / 项目支出 budgets, not the expenditure total.
    [InlineData("（一）基本支出。基本支出预算11161.56万元，占本年支出预算10.06%。", "基本支出", null, "11161.56", "10.06", null, null)]
    [InlineData("（二）项目支出。项目支出预算99735.06万元，占本年支出预算89.94%。", "项目支出", null, "99735.06", "89.94", null, null)]
    public void ExtractsTheFiguresOfTheSubject(string sentence, string subject, string? code, string? amount, string? share, string? change, string? rate)
    {
        var claim = Single(sentence, subject);
        Assert.Equal(code, claim.SubjectCode);
        Assert.Equal(D(amount), claim.Amount);
        Assert.Equal(D(share), claim.SharePercent);
        Assert.Equal(D(change), claim.Change);
        Assert.Equal(D(rate), claim.ChangePercent);
        Assert.False(string.IsNullOrWhiteSpace(claim.Quote));
        Assert.Contains(claim.Quote, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreePublicPartsEachGetAClaim()
    {
        var claims = ClaimExtractor.ExtractText(
            "乌尔禾区医疗保障局2022年一般公共预算“三公”经费数为4.45万元，其中： 因公出国（境）费0万元， 公务用车购置费0万元， 公务用车运行费3.45万元， 公务接待费1万元。", "八");
        Assert.Equal(
            [ClaimSubjects.ThreePublic, ClaimSubjects.Abroad, ClaimSubjects.VehiclePurchase, ClaimSubjects.VehicleOperation, ClaimSubjects.Reception],
            claims.Select(c => c.Subject));
        Assert.Equal([4.45m, 0m, 0m, 3.45m, 1m], claims.Select(c => c.Amount!.Value));
        Assert.All(claims, c => Assert.Equal(AmountUnit.WanYuan, c.Unit));
    }

    [Fact]
    public void VarianceRateBudgetAndFinal()
    {
        var claim = Single("与全年预算相比，财政拨款“三公”经费支出全年预算数 4.45 万元，决算数 2.32 万元，预决算差异率-47.87%，主要原因是：严格执行中央八项规定。", ClaimSubjects.ThreePublic);
        Assert.Equal(4.45m, claim.Budget);
        Assert.Equal(2.32m, claim.Final);
        Assert.Equal(-47.87m, claim.VarianceRatePercent);
        Assert.Equal(2, claim.VarianceRateDecimals);
    }

    [Fact]
    public void StaffingCountsAndChangesAreApart()
    {
        var claims = ClaimExtractor.ExtractText("实有人数 2 人，其中：在职人员 2 人，离休人员 0 人，退休人员 0 人。其中：在职 23 人，增加 1 人。", "一");
        Assert.Equal(2m, claims.Single(c => c.Subject == ClaimSubjects.ActualStaff).Count);
        Assert.Equal(0m, claims.Single(c => c.Subject == ClaimSubjects.Veteran).Count);
        var inService = claims.Where(c => c.Subject == ClaimSubjects.InService).ToList();
        Assert.Equal([2m, 23m], inService.Select(c => c.Count!.Value));
        Assert.Equal(1m, inService[1].Change);
    }

    [Fact]
    public void ScopeIsCarriedThroughTheSentence()
    {
        var claims = ClaimExtractor.ExtractText("一般公共预算支出包括：社会保障和就业支出 34.75 万元，主要用于单位职工社会保险缴费；医疗卫生健康支出 288.66 万元，主要用于支付人员经费；住房保障支出 27.16 万元，主要用于人员住房公积金支出。", "四");
        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal(ClaimSubjects.GeneralBudget, c.Scope));
        Assert.Equal(["208", "210", "221"], claims.Select(c => c.SubjectCode));
    }

    [Fact]
    public void ParagraphBreakInsideASentenceKeepsSubjectAndScope()
    {
        var claims = ClaimExtractor.ExtractText("一般公共预算支出包括：社会保障和就业支出 34.75 万元，主要用于单位职工社会保险缴费；医疗卫生健康支出\n 288.66 万元，主要用于支付人员经费及办公经费；住房保障支出 27.16 万元，主要用于人员住房公积金支出。\n基本支出 51.1 万元。", "四");
        Assert.Equal(["208", "210", "221", null], claims.Select(c => c.SubjectCode));
        Assert.Equal([34.75m, 288.66m, 27.16m, 51.1m], claims.Select(c => c.Amount!.Value));
        Assert.Equal([ClaimSubjects.GeneralBudget, ClaimSubjects.GeneralBudget, ClaimSubjects.GeneralBudget, null], claims.Select(c => c.Scope));
    }

    [Fact]
    public void NoChangeIsZeroChange()
    {
        var claim = Single("2022 年本部门当年一般公共预算“三公”经费预算支出 0 万元，与上年无增减变化。", ClaimSubjects.ThreePublic);
        Assert.Equal(0m, claim.Amount);
        Assert.Equal(0m, claim.Change);
        Assert.Equal("持平", claim.Direction);
    }

    [Fact]
    public void FullWidthDigitsAndThousandsSeparators()
    {
        var claim = Single("基本支出１，２６５．６７万元，占７５．９７％。", ClaimSubjects.Basic);
        Assert.Equal(1265.67m, claim.Amount);
        Assert.Equal(75.97m, claim.SharePercent);
        Assert.Equal(2, claim.AmountDecimals);
    }

    [Fact]
    public void MissingDecimalDigitIsADefectNotACrash()
    {
        var claim = Single("2022 年本部门当年一般公共预算支出 2321. 万元。", ClaimSubjects.GeneralBudget);
        Assert.Equal(2321m, claim.Amount);
        Assert.Single(claim.Defects);
    }

    [Theory]
    [InlineData("")]
    [InlineData("，，，；；。。")]
    [InlineData("占%增长%万元元")]
    [InlineData("基本支出 -- 万元，占 .. %，增长 ％％")]
    [InlineData("基本支出 99999999999999999999999999999999999 万元，增长 1e5%")]
    [InlineData("（（（208（05（")]
    [InlineData("\0\uFFFD基本支出\r\n\r\n12.万元。")]
    public void GarbledTextNeverThrows(string text)
    {
        var claims = ClaimExtractor.ExtractText(text, "乱码");
        Assert.NotNull(claims);
    }

    [Fact]
    public void LineWrappedBeforeAFigureKeepsTheChange()
    {
        var claims = ClaimExtractor.ExtractText("项目支出2022年预算数为0.94万元，比上年预算增加\n0.06 万元，增长\n6.82%。", "三");
        var claim = Assert.Single(claims, c => c.Subject == ClaimSubjects.Project);
        Assert.Equal(0.06m, claim.Change);
        Assert.Equal(6.82m, claim.ChangePercent);
    }

    [Fact]
    public void RateAfterASecondChangeIsNotTheFirstChangesRate()
    {
        var claims = ClaimExtractor.ExtractText("本单位一般公共预算当年财政拨款200万元，比上年执行数减少50万元，扣除基建后比上年执行数增加10万元，增幅6.25%。", "五");
        var claim = Assert.Single(claims, c => c.Subject == ClaimSubjects.GeneralBudget);
        Assert.Equal(-50m, claim.Change);
        Assert.Null(claim.ChangePercent);
    }

    [Fact]
    public void FiscalExpenditureChangeIsNotTheFundClausesChange()
    {
        var claims = ClaimExtractor.ExtractText("其中一般公共预算拨款收入500.00万元、政府性基金拨款收入120.00万元，本单位财政拨款支出较上年减少80.00万元。", "三");
        Assert.Null(Assert.Single(claims, c => c.Subject == ClaimSubjects.GovFund).Change);
        Assert.Equal(-80.00m, Assert.Single(claims, c => c.Subject == "财政拨款支出").Change);
    }

    private static decimal? D(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
