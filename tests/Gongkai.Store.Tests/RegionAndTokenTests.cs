namespace Gongkai.Store.Tests;

public sealed class RegionAndTokenTests
{
    [Theory]
    [InlineData("上海市普陀区医疗保障局", null, "上海市普陀区", "上海市")]
    [InlineData("上海市财政局", null, "上海市", "上海市")]
    [InlineData("新疆维吾尔自治区财政厅", null, "新疆维吾尔自治区", "新疆维吾尔自治区")]
    [InlineData("克拉玛依市乌尔禾区医疗保障局", null, "克拉玛依市乌尔禾区", null)]
    [InlineData("乌尔禾区医疗保障局", null, "乌尔禾区", null)]
    [InlineData("呼图壁县医疗保障局", null, "呼图壁县", null)]
    [InlineData("榆林市横山区医疗保障局", null, "榆林市横山区", null)]
    [InlineData("陕西省榆林市横山区教育局", null, "陕西省榆林市横山区", "陕西省")]
    [InlineData("北京市医疗保障局", null, "北京市", "北京市")]
    [InlineData("国家信访局", null, null, null)]
    [InlineData("医疗保障局", null, null, null)]
    [InlineData(null, "乌鲁木齐市医疗保障局2020年部门预算", "乌鲁木齐市", null)]
    [InlineData("新疆生产建设兵团第七师财政局", null, "新疆维吾尔自治区", "新疆维吾尔自治区")]
    public void Region_IsTheDivisionPrefixOfTheName(string? entity, string? title, string? region, string? province)
    {
        var derived = RegionNames.Derive(entity, title);
        Assert.Equal(region, derived);
        Assert.Equal(province, RegionNames.ProvinceOf(derived));
    }

    [Fact]
    public void Tokens_AreChineseBigramsAndLatinWords()
    {
        Assert.Equal(["医疗", "疗保", "保障", "障局", "2101501", "b03", "表"], SearchTokens.Tokenize("医疗保障局 2101501，Ｂ03 表"));
        Assert.Empty(SearchTokens.Tokenize("，。 ——"));
        Assert.True(SearchTokens.IsSingleHan("教"));
        Assert.False(SearchTokens.IsSingleHan("教育"));
    }
}
