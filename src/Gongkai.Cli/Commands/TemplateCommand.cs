using System.CommandLine;
using Gongkai.Compose.Composing;
using Gongkai.Compose.Demo;
using Gongkai.Compose.Input;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai template --template ID --year YYYY [--output 填报.xlsx] [--demo]</c>: writes the fill-in workbook of a
/// template and year (catalogue drop-downs, instructions); <c>--demo</c> pre-fills it with the demo ledger of that template.
/// </summary>
public static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var template = new Option<string>("--template", "-t") { Required = true, Description = "模板：" + string.Join("、", DisclosureComposer.SupportedTemplates) };
        var year = new Option<int>("--year", "-y") { Required = true, Description = "预算年度（科目目录按此年度取值）" };
        var output = new Option<string?>("--output", "-o") { Description = "输出的填报表路径（默认：填报-模板-年度.xlsx）" };
        var demo = new Option<bool>("--demo") { Description = "用演示数据预填（虚构的医疗保障局）" };
        var command = new Command("template", "生成填报表（XLSX）：中文表头、本年度科目下拉列表和填报说明") { template, year, output, demo };
        command.SetAction(r => Execute(r.GetValue(template)!, r.GetValue(year), r.GetValue(output), r.GetValue(demo), stdout, stderr));
        return command;
    }

    public static int Execute(string templateId, int year, string? output, bool demo, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        if (!DisclosureComposer.SupportedTemplates.Contains(templateId))
        {
            stderr.WriteLine($"gongkai：模板“{templateId}”暂不支持生成，可用：{string.Join("、", DisclosureComposer.SupportedTemplates)}。");
            return CliApp.ExitFailure;
        }
        var path = output ?? $"填报-{templateId}-{year}.xlsx";
        var sample = demo ? DemoLedgers.All().FirstOrDefault(d => d.TemplateId == templateId)?.Ledger : null;
        var prefill = sample is null ? null : sample with { Year = year };
        try
        {
            AtomicFile.Write(path, s => LedgerWorkbookWriter.Write(s, templateId, year, prefill));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gongkai：无法写入“{path}”：{ex.Message}");
            return CliApp.ExitFailure;
        }
        stdout.WriteLine($"已生成填报表：{path}");
        return CliApp.ExitClean;
    }
}
