using Gongkai.TestSupport;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests;

/// <summary>
/// The portal in Debian's Chromium (/usr/bin/chromium, driven by Playwright; no browser is downloaded): search, open a
/// document and see a finding marked in its table, upload a file and see its report, see the entity charts drawn.
/// Screenshots go to TestResults/screenshots as artefacts.
/// </summary>
public sealed class BrowserTests(PortalServers servers) : IClassFixture<PortalServers>, IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ScreenshotFolder => Path.Combine(Corpus.RepositoryRoot, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), "Debian's chromium is not installed (.ci/run installs it): " + ChromiumPath);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    private async Task<(IPage Page, List<string> Problems)> OpenAsync(string path)
    {
        var server = await servers.GetAsync(PortalServer.Sqlite);
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text + " " + m.Location); };
        page.PageError += (_, e) => problems.Add(e);
        page.RequestFailed += (_, r) => problems.Add("request failed: " + r.Url);
        page.Request += (_, r) => { if (!r.Url.StartsWith(server.BaseAddress.ToString(), StringComparison.Ordinal)) problems.Add("external request: " + r.Url); };
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        return (page, problems);
    }

    private static Task ShotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = fullPage });

    [Fact]
    public async Task Search_ByText_ListsTheDocumentWithFacets()
    {
        var (page, problems) = await OpenAsync("/");
        await page.FillAsync("input[name=q]", "医疗保障");
        await page.ClickAsync("form.search button[type=submit]");
        await page.WaitForURLAsync("**/?q=*");
        var titles = await page.Locator("article.result h3").AllInnerTextsAsync();
        Assert.Contains(titles, t => t.Contains("呼图壁县医疗保障局", StringComparison.Ordinal));
        Assert.True(await page.Locator("aside.facets li").CountAsync() >= 3);
        await ShotAsync(page, "portal-search.png");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Document_FindingIsMarkedInItsTableCell_AndTheLinkJumpsThere()
    {
        var (page, problems) = await OpenAsync("/?entity=" + Uri.EscapeDataString("呼图壁县"));
        await page.ClickAsync("article.result h3 a");
        await page.WaitForURLAsync("**/documents/*");
        Assert.Contains("呼图壁县医疗保障局", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        var marked = page.Locator("td.finding-error");
        Assert.True(await marked.CountAsync() > 0);
        // The first error finding's "定位到表格单元格" link leads to a marked cell holding the printed figure.
        var link = page.Locator("li.finding-error a.goto").First;
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        var cell = page.Locator("td" + target);
        Assert.Contains("finding-error", await cell.GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.True(await cell.IsVisibleAsync());
        Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
        await cell.EvaluateAsync("el => el.scrollIntoView({ block: 'center' })");
        await ShotAsync(page, "portal-document.png");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Upload_AFile_ShowsItsReport()
    {
        var (page, problems) = await OpenAsync("/upload");
        await page.SetInputFilesAsync("input[type=file]", Corpus.Seed("000"));
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForSelectorAsync("ol.findings");
        Assert.Contains("检查报告", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.True(await page.Locator("ol.findings li").CountAsync() > 0);
        Assert.True(await page.Locator("table.data").CountAsync() >= 9);
        Assert.Contains("未保存", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await ShotAsync(page, "portal-upload.png");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Entity_ChartsAreDrawnWithTheBundledEcharts()
    {
        var (page, problems) = await OpenAsync("/entity?name=" + Uri.EscapeDataString("呼图壁县医疗保障局"));
        await page.WaitForSelectorAsync("#chart-class[data-drawn='1']");
        // The canvas has painted pixels (not a blank element).
        var painted = await page.EvaluateAsync<int>(@"() => {
            const canvas = document.querySelector('#chart-class canvas');
            if (!canvas) return -1;
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let n = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
            return n;
        }");
        Assert.True(painted > 1000, "painted pixels: " + painted);
        foreach (var id in new[] { "chart-total", "chart-basic-project", "chart-three-public", "chart-quality" })
        {
            Assert.Equal("1", await page.GetAttributeAsync("#" + id, "data-drawn"));
        }
        await ShotAsync(page, "portal-entity.png");
        Assert.Empty(problems); // no CSP violation, no script error, nothing loaded from elsewhere
    }
}
