using Gongkai.Core.Classification;

namespace Gongkai.Core.Tests.Classification;

public class EconomicCodeTests
{
    [Theory]
    [InlineData("30101", EconomicScheme.Departmental, ClassificationLevel.Section)]
    [InlineData("301 01", EconomicScheme.Departmental, ClassificationLevel.Section)]
    [InlineData("301", EconomicScheme.Departmental, ClassificationLevel.Class)]
    [InlineData("50101", EconomicScheme.Government, ClassificationLevel.Section)]
    [InlineData("599", EconomicScheme.Government, ClassificationLevel.Class)]
    [InlineData("3021101", EconomicScheme.Departmental, ClassificationLevel.Item)]
    public void TryParse_ReadsSchemeFromFirstDigit(string text, EconomicScheme scheme, ClassificationLevel level)
    {
        Assert.True(EconomicCode.TryParse(text, out var code));
        Assert.Equal(scheme, code!.Scheme);
        Assert.Equal(level, code.Level);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2101501")]
    [InlineData("302213")]
    [InlineData("3010")]
    [InlineData("401")]
    [InlineData("30１0x")]
    public void TryParse_Invalid_ReturnsFalse(string? text)
    {
        Assert.False(EconomicCode.TryParse(text, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void TryParse_WithScheme_RejectsTheOtherScheme()
    {
        Assert.True(EconomicCode.TryParse("30101", EconomicScheme.Departmental, out _));
        Assert.False(EconomicCode.TryParse("30101", EconomicScheme.Government, out var none));
        Assert.Null(none);
        Assert.True(EconomicCode.TryParse("50101", EconomicScheme.Government, out _));
    }

    [Fact]
    public void TryParse_SplitParts_JoinsThem()
    {
        Assert.True(EconomicCode.TryParse("301", "01", out var code));
        Assert.Equal("30101", code!.Value);
        Assert.True(EconomicCode.TryParse("502", "", out var cls));
        Assert.Equal("502", cls!.Value);
        Assert.False(EconomicCode.TryParse("301", "1", out _));
    }

    [Fact]
    public void ParentAndAncestry_StayInScheme()
    {
        EconomicCode.TryParse("3021101", out var detail);
        EconomicCode.TryParse("302", out var cls);
        EconomicCode.TryParse("502", out var gov);
        Assert.Equal("30211", detail!.Parent!.Value);
        Assert.Equal("302", detail.Parent.Parent!.Value);
        Assert.Null(cls!.Parent);
        Assert.True(cls.IsAncestorOf(detail));
        Assert.False(gov!.IsAncestorOf(detail));
        Assert.Equal(EconomicScheme.Departmental, detail.ClassCode.Scheme);
    }

    [Fact]
    public void Equality_IsOrdinal()
    {
        EconomicCode.TryParse("301 01", out var a);
        EconomicCode.TryParse("30101", out var b);
        EconomicCode.TryParse("50101", out var g);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.NotEqual(a, g);
        Assert.True(a < g);
        Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
    }
}
