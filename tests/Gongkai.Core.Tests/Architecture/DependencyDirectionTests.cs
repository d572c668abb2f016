using System.Xml.Linq;
using Gongkai.TestSupport;

namespace Gongkai.Core.Tests.Architecture;

/// <summary>
/// Dependencies point inward (STYLE.md §1): Core references nothing; the format readers reference only Core; the CLI
/// composes them. Read from the project files, so a new reference in the wrong direction fails here.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static (IReadOnlyList<string> Projects, IReadOnlyList<string> Packages) References(string project)
    {
        var path = Path.Combine(Corpus.RepositoryRoot, "src", project, project + ".csproj");
        var xml = XDocument.Load(path);
        var projects = xml.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension((string?)e.Attribute("Include") ?? "")).ToList();
        var packages = xml.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include") ?? "").ToList();
        return (projects, packages);
    }

    [Fact]
    public void Core_HasNoReferences()
    {
        var (projects, packages) = References("Gongkai.Core");
        Assert.Empty(projects);
        Assert.Empty(packages);
    }

    [Theory]
    [InlineData("Gongkai.Formats")]
    [InlineData("Gongkai.Formats.Pdf")]
    [InlineData("Gongkai.Formats.OpenXml")]
    [InlineData("Gongkai.Formats.Html")]
    [InlineData("Gongkai.Render")]
    public void FormatReaders_ReferenceOnlyCore(string project)
    {
        var (projects, _) = References(project);
        Assert.Equal(["Gongkai.Core"], projects);
    }

    [Fact]
    public void Store_ReferencesOnlyCore()
    {
        var (projects, packages) = References("Gongkai.Store");
        Assert.Equal(["Gongkai.Core"], projects);
        Assert.DoesNotContain(packages, p => p.StartsWith("Gongkai", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_ReferencesOnlyCore()
    {
        var (projects, _) = References("Gongkai.Compose");
        Assert.Equal(["Gongkai.Core"], projects);
    }

    [Fact]
    public void Cli_IsTheCompositionRoot()
    {
        var (projects, _) = References("Gongkai.Cli");
        Assert.Contains("Gongkai.Core", projects);
        Assert.Contains("Gongkai.Formats", projects);
        Assert.DoesNotContain(projects, p => p.Contains("Tests", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_ReferencesCoreAndStoreOnly_TheCliComposesTheReaders()
    {
        var (projects, _) = References("Gongkai.Web");
        Assert.Equal(["Gongkai.Core", "Gongkai.Store"], projects.Order(StringComparer.Ordinal));
        Assert.Contains("Gongkai.Web", References("Gongkai.Cli").Projects);
    }
}
