using Gongkai.Cli.Commands;
using Gongkai.Cli.Tests.Output;

namespace Gongkai.Cli.Tests.Commands;

public class ExitCodeTests
{
    [Fact]
    public void ExitCodeOf_NoErrorFinding_IsZero() =>
        Assert.Equal(0, CheckCommand.ExitCodeOf([ReportFixtures.Clean()]));

    [Fact]
    public void ExitCodeOf_ErrorFinding_IsOne() =>
        Assert.Equal(1, CheckCommand.ExitCodeOf([ReportFixtures.Clean(), ReportFixtures.WithError()]));

    [Fact]
    public void ExitCodeOf_UnreadableInput_IsTwoEvenWithErrors() =>
        Assert.Equal(2, CheckCommand.ExitCodeOf([ReportFixtures.WithError(), ReportFixtures.Unreadable()]));

    [Fact]
    public void ExitCodeOf_WarningsOnly_IsZero() =>
        Assert.Equal(0, CheckCommand.ExitCodeOf([ReportFixtures.WithError() with
        {
            Findings = [.. ReportFixtures.WithError().Findings.Where(f => f.Severity != Gongkai.Core.Documents.Severity.Error)],
        }]));
}
