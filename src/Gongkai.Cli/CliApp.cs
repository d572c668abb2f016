using System.CommandLine;
using Gongkai.Cli.Commands;

namespace Gongkai.Cli;

/// <summary>
/// The <c>gongkai</c> command line: a thin adapter over the Core workflows. Exit codes: 0 no error finding,
/// 1 at least one error finding, 2 an input could not be read (or the command line was wrong).
/// Only the report goes to <c>stdout</c>; progress and messages go to <c>stderr</c>.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code: no finding of severity error.</summary>
    public const int ExitClean = 0;

    /// <summary>Exit code: at least one finding of severity error.</summary>
    public const int ExitFindings = 1;

    /// <summary>Exit code: an input could not be read at all, or the command failed.</summary>
    public const int ExitFailure = 2;

    /// <summary>Runs the command line with the given streams; never throws.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var root = new RootCommand("Gongkai（公开）：预决算公开文件检查工具 — reads budget and final-accounts disclosures and checks every figure.");
            root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
            root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
            root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
            root.Subcommands.Add(TemplateCommand.Create(stdout, stderr));
            root.Subcommands.Add(ComposeCommand.Create(stdout, stderr));
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors) stderr.WriteLine("gongkai：命令行有误：" + error.Message);
                stderr.WriteLine("用法：gongkai check 文件或文件夹... [--format text|json] [--output 路径] [--quiet]；gongkai --help 查看帮助。");
                return ExitFailure;
            }
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout, // help and version text (no report is written then)
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The user must never see an exception: one Chinese line and exit code 2.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"gongkai：内部错误，检查中止（{ex.GetType().Name}：{ex.Message}）。请将此信息和输入文件反馈给开发者。");
            return ExitFailure;
        }
    }
}
