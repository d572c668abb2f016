using System.Globalization;
using System.Text;
using Gongkai.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
try
{
    // Help and command-line errors in Chinese (System.CommandLine ships zh-Hans resources). UI strings only:
    // numbers are always parsed and printed with the invariant culture.
    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
}
catch (CultureNotFoundException)
{
    // Without ICU data the messages stay in English; nothing else depends on it.
}
return CliApp.Run(args, Console.Out, Console.Error);
