using System.CommandLine;
using Gongkai.Store;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai serve [--port 5080] [--store PATH | --connection "Host=…"] [--demo PATH...]</c>: starts the portal on
/// 127.0.0.1 with the embedded SQLite store (or PostgreSQL). On first start it creates the administrator account and,
/// when the store is empty, imports the demo documents. Runs until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    /// <summary>The demo documents imported into an empty store: the composed demo entities, unless <c>--demo</c> names files.</summary>
    public static Func<IDemoDataSource?>? DefaultDemoData { get; set; } = () => new ComposedDemoData();

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port", "-p") { DefaultValueFactory = _ => PortalOptions.DefaultPort, Description = "监听端口（只绑定 127.0.0.1），默认 5080" };
        var store = new Option<string?>("--store") { Description = $"SQLite 文件库路径（默认 {DocumentStore.DefaultSqlitePath}，或环境变量 {DocumentStore.EnvironmentVariable}）" };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL 连接字符串（如 \"Host=127.0.0.1;Database=gongkai;Username=…\"），代替 --store" };
        var demo = new Option<string[]>("--demo") { Description = "文件库为空时导入的演示文件或文件夹", AllowMultipleArgumentsPerToken = true };
        var command = new Command("serve", "启动预决算公开平台（网页与数据接口）：检索、阅读、对比、图表、上传检查、开放数据") { port, store, connection, demo };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(port), parseResult.GetValue(connection) ?? parseResult.GetValue(store), parseResult.GetValue(demo) ?? [],
            stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int port, string? location, string[] demoPaths, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (port is < 1 or > 65535)
        {
            await stderr.WriteLineAsync("gongkai serve：端口应在 1 到 65535 之间。").ConfigureAwait(false);
            return CliApp.ExitFailure;
        }
        IDemoDataSource? demo = demoPaths.Length > 0 ? new FileDemoDataSource(demoPaths) : DefaultDemoData?.Invoke();
        WebApplication app;
        try
        {
            app = await PortalApp.BuildAsync(new PortalOptions
            {
                Port = port,
                StoreLocation = location,
                CreateWorkflow = () => Composition.CreateCheckWorkflow(),
                DemoData = demo,
                Log = stderr,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            await stderr.WriteLineAsync("gongkai serve：文件库无法打开：" + ex.Message).ConfigureAwait(false);
            return CliApp.ExitFailure;
        }
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                await stderr.WriteLineAsync($"gongkai serve：无法监听 127.0.0.1:{port}（{ex.Message}），请用 --port 换一个端口。").ConfigureAwait(false);
                return CliApp.ExitFailure;
            }
            foreach (var address in PortalApp.Addresses(app)) await stdout.WriteLineAsync("预决算公开平台已启动：" + address).ConfigureAwait(false);
            await stderr.WriteLineAsync("按 Ctrl+C 停止。").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        return CliApp.ExitClean;
    }
}
