using Gongkai.Core.Classification;

namespace Gongkai.Core.Tests.Classification;

public class FunctionCodeTests
{
    [Theory]
    [InlineData("2101501", "2101501", ClassificationLevel.Item)]
    [InlineData("210 15 01", "2101501", ClassificationLevel.Item)]
    [InlineData("210\t15\t01", "2101501", ClassificationLevel.Item)]
    [InlineData(" 210　15　01 ", "2101501", ClassificationLevel.Item)]
    [InlineData("２１０１５０１", "2101501", ClassificationLevel.Item)]
    [InlineData("21015 01", "2101501", ClassificationLevel.Item)]
    [InlineData("21015", "21015", ClassificationLevel.Section)]
    [InlineData("210 15", "21015", ClassificationLevel.Section)]
    [InlineData("210", "210", ClassificationLevel.Class)]
    public void TryParse_ValidText_ReadsDigitsAndLevel(string text, string expected, ClassificationLevel level)
    {
        Assert.True(FunctionCode.TryParse(text, out var code));
        Assert.Equal(expected, code!.ToString());
        Assert.Equal(expected, code.Value);
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("21")]
    [InlineData("2101")]
    [InlineData("210150")]
    [InlineData("21015011")]
    [InlineData("210 1501")]
    [InlineData("2101 501")]
    [InlineData("210-15-01")]
    [InlineData("30101")]
    [InlineData("110")]
    [InlineData("21O15")]
    [InlineData("行政运行")]
    public void TryParse_InvalidText_ReturnsFalse(string? text)
    {
        Assert.False(FunctionCode.TryParse(text, out var code));
        Assert.Null(code);
    }

    [Theory]
    [InlineData("210", "15", "01", "2101501")]
    [InlineData("210", "15", "", "21015")]
    [InlineData("210", "15", null, "21015")]
    [InlineData("210", null, null, "210")]
    [InlineData("２１０", "１５", "０１", "2101501")]
    public void TryParse_SplitParts_JoinsThem(string c, string? s, string? i, string expected)
    {
        Assert.True(FunctionCode.TryParse(c, s, i, out var code));
        Assert.Equal(expected, code!.Value);
    }

    [Theory]
    [InlineData("210", "", "01")]
    [InlineData("210", "1", "01")]
    [InlineData("21", "15", "01")]
    [InlineData("210", "15", "011")]
    [InlineData("310", "15", "01")]
    public void TryParse_BadSplitParts_ReturnsFalse(string c, string? s, string? i)
    {
        Assert.False(FunctionCode.TryParse(c, s, i, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void Parent_WalksItemSectionClass()
    {
        Assert.True(FunctionCode.TryParse("2101501", out var item));
        Assert.Equal("21015", item!.Parent!.Value);
        Assert.Equal(ClassificationLevel.Section, item.Parent.Level);
        Assert.Equal("210", item.Parent.Parent!.Value);
        Assert.Null(item.Parent.Parent.Parent);
        Assert.Equal("210", item.ClassCode.Value);
    }

    [Fact]
    public void IsAncestorOf_OnlyStrictPrefixAncestors()
    {
        FunctionCode.TryParse("210", out var c);
        FunctionCode.TryParse("21015", out var s);
        FunctionCode.TryParse("2101501", out var i);
        FunctionCode.TryParse("2101101", out var other);
        Assert.True(c!.IsAncestorOf(s));
        Assert.True(c.IsAncestorOf(i));
        Assert.True(s!.IsAncestorOf(i));
        Assert.False(s.IsAncestorOf(other));
        Assert.False(i!.IsAncestorOf(s));
        Assert.False(i.IsAncestorOf(i));
        Assert.False(c.IsAncestorOf(null));
    }

    [Fact]
    public void Equality_IsOrdinalOnDigits()
    {
        FunctionCode.TryParse("210 15 01", out var a);
        FunctionCode.TryParse("2101501", out var b);
        FunctionCode.TryParse("2101502", out var d);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
        Assert.NotEqual(a, d);
        Assert.True(a < d);
        Assert.True(d > a);
        Assert.Equal(0, a.CompareTo(b));
        Assert.False(a.Equals(null));
    }
}
