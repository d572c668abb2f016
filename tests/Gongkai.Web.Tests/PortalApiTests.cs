using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Web.Security;

namespace Gongkai.Web.Tests;

/// <summary>
/// The JSON API, downloads and form security against the real server on a real SQLite file — and on PostgreSQL when
/// GONGKAI_TEST_PG is set, always in CI — holding the five corpus seeds (imported as first-start demo data).
/// Tests never count rows other tests may add.
/// </summary>
public sealed class PortalApiTests(PortalServers servers) : IClassFixture<PortalServers>
{
    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<long> DocumentIdAsync(HttpClient client, string entity)
    {
        var result = await JsonAsync(client, "/api/documents?entity=" + Uri.EscapeDataString(entity));
        return result.GetProperty("items")[0].GetProperty("id").GetInt64();
    }

    public static TheoryData<string> Targets => PortalServer.Targets;

    [Theory, MemberData(nameof(Targets))]
    public async Task FirstStart_CreatesAdministratorAndImportsDemoData(string target)
    {
        var server = await servers.GetAsync(target);
        var log = server.Log.ToString();
        Assert.Contains("已创建管理员账户 admin", log, StringComparison.Ordinal);
        Assert.Contains("已导入演示数据 5 份", log, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalServer.AdminPassword, log, StringComparison.Ordinal); // a configured password is never printed
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Search_ByEntityYearAndKind_FindsTheSeedWithFacets(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var result = await JsonAsync(client, "/api/documents?entity=" + Uri.EscapeDataString("呼图壁县") + "&year=2024&kind=budget");
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var item = result.GetProperty("items")[0];
        Assert.Equal("呼图壁县医疗保障局", item.GetProperty("entity").GetString());
        Assert.Equal(2024, item.GetProperty("year").GetInt32());
        Assert.True(item.GetProperty("errorCount").GetInt32() > 0);
        Assert.Contains(result.GetProperty("years").EnumerateArray(), f => f.GetProperty("value").GetString() == "2024");
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Search_FullTextAndCode_NarrowTheResults(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var all = await JsonAsync(client, "/api/documents");
        var text = await JsonAsync(client, "/api/documents?q=" + Uri.EscapeDataString("横山区"));
        Assert.True(text.GetProperty("total").GetInt32() >= 1);
        Assert.True(text.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.All(text.GetProperty("items").EnumerateArray(), i => Assert.Contains("横山", i.GetProperty("title").GetString(), StringComparison.Ordinal));
        var code = await JsonAsync(client, "/api/documents?code=2101501&entity=" + Uri.EscapeDataString("呼图壁县"));
        Assert.Equal(1, code.GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Document_TablesAndFindings_CarryTheEvidence(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var id = await DocumentIdAsync(client, "呼图壁县");
        var document = await JsonAsync(client, $"/api/documents/{id}");
        Assert.Contains(document.GetProperty("tables").EnumerateArray(), t => t.GetProperty("id").GetString() == "B03");
        var findings = await JsonAsync(client, $"/api/documents/{id}/findings");
        var g1 = findings.EnumerateArray().First(f => f.GetProperty("rule").GetString() == "G1" && f.GetProperty("row").GetString() == "21015");
        Assert.Equal("error", g1.GetProperty("severity").GetString());
        Assert.Equal("B03", g1.GetProperty("table").GetString());
        Assert.Equal(326.52m, g1.GetProperty("printed").GetDecimal());
        Assert.Equal(315.27m, g1.GetProperty("expected").GetDecimal());

        var b03 = await JsonAsync(client, $"/api/documents/{id}/tables/B03");
        Assert.Equal("万元", b03.GetProperty("unit").GetString());
        var row = b03.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("code").GetString() == "21015");
        Assert.Contains(row.GetProperty("values").EnumerateArray(), v => v.ValueKind == JsonValueKind.Number && v.GetDecimal() == 326.52m);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Document_Missing_Is404ProblemDetails(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        using var response = await client.GetAsync("/api/documents/987654321");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var page = await client.GetAsync("/documents/987654321");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("没有找到", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task TableDownloads_CsvAndXlsx_HoldTheRows(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var id = await DocumentIdAsync(client, "呼图壁县");
        var csvBytes = await client.GetByteArrayAsync($"/api/documents/{id}/tables/B03.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        var csv = Encoding.UTF8.GetString(csvBytes, 3, csvBytes.Length - 3);
        Assert.StartsWith("科目编码,类,款,项,科目名称（项目）", csv, StringComparison.Ordinal);
        Assert.Contains("21015,210,21015,,医疗保障管理事务", csv, StringComparison.Ordinal);
        Assert.Contains("326.52", csv, StringComparison.Ordinal);

        var xlsx = await client.GetByteArrayAsync($"/api/documents/{id}/tables/B03.xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
        Assert.Contains("医疗保障管理事务", sheet, StringComparison.Ordinal);
        Assert.Contains("326.52", sheet, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task SearchDownloads_CsvAndXlsx_ListTheMatches(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/search.csv?kind=final"));
        Assert.Contains("克拉玛依市乌尔禾区医保局", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("呼图壁县医疗保障局", csv, StringComparison.Ordinal);
        var xlsx = await client.GetByteArrayAsync("/api/search.xlsx?kind=final");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Contains("部门决算", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task DataPackage_PerDocument_HasFiscalModelWithUnitFactorAndHierarchy(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var id = await DocumentIdAsync(client, "呼图壁县");
        var bytes = await client.GetByteArrayAsync($"/api/documents/{id}/datapackage.zip");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("datapackage.json")!.Open());
        var package = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement;
        Assert.Equal("fiscal-data-package", package.GetProperty("profile").GetString());
        var b03 = package.GetProperty("resources").EnumerateArray().First(r => r.GetProperty("name").GetString() == "b03");
        Assert.NotNull(zip.GetEntry(b03.GetProperty("path").GetString()!));
        var measure = package.GetProperty("model").GetProperty("measures").EnumerateObject().First(m => m.Value.GetProperty("resource").GetString() == "b03").Value;
        Assert.Equal(10000m, measure.GetProperty("factor").GetDecimal()); // the table is in 万元
        Assert.Equal("CNY", measure.GetProperty("currency").GetString());
        var dimension = package.GetProperty("model").GetProperty("dimensions").GetProperty("b03.classification");
        Assert.Equal("functional", dimension.GetProperty("classificationType").GetString());
        Assert.Equal("section", dimension.GetProperty("attributes").GetProperty("item").GetProperty("parent").GetString());
        using var csv = new StreamReader(zip.GetEntry("b03.csv")!.Open());
        var text = await csv.ReadToEndAsync();
        Assert.Contains("2101501,210,21015,2101501,行政运行", text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task DataPackage_Bulk_HasOneFolderPerMatchingDocument(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var search = await JsonAsync(client, "/api/documents?kind=budget&pageSize=500");
        var bytes = await client.GetByteArrayAsync("/api/datapackage.zip?kind=budget");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.NotNull(zip.GetEntry("documents.csv"));
        var folders = zip.Entries.Where(e => e.FullName.EndsWith("/datapackage.json", StringComparison.Ordinal)).ToList();
        Assert.Equal(search.GetProperty("total").GetInt32(), folders.Count);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Aggregates_ByYearAndCode_SumTheExpenditureTable(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var rows = await JsonAsync(client, "/api/aggregates?groupBy=code&code=210&codeLength=3&region=" + Uri.EscapeDataString("呼图壁县"));
        var health = rows.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "210");
        Assert.Equal(375.41m, health.GetProperty("amount").GetDecimal());
        using var bad = await client.GetAsync("/api/aggregates?groupBy=planet");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task OpenApi_DescribesTheApi(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var doc = await JsonAsync(client, "/openapi/v1.json");
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/documents/{id}/findings", "/api/aggregates", "/api/documents/{id}/datapackage.zip" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
        Assert.False(paths.TryGetProperty("/", out _)); // pages are not API
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Pages_CarrySecurityHeaders_AndNoInlineScript(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var id = await DocumentIdAsync(client, "呼图壁县");
        foreach (var path in new[] { "/", $"/documents/{id}", "/entity?name=" + Uri.EscapeDataString("呼图壁县医疗保障局"), "/rules", "/upload" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var html = await response.Content.ReadAsStringAsync();
            // Every <script> either loads a file of this site or is a JSON data block.
            foreach (var tag in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value))
            {
                Assert.True(tag.Contains("src=\"/static/", StringComparison.Ordinal) || tag.Contains("type=\"application/json\"", StringComparison.Ordinal), tag);
            }
            Assert.DoesNotContain("http://", html.Replace(server.BaseAddress.ToString(), "", StringComparison.Ordinal)
                .Replace("src=\"http", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task StaticEcharts_IsServedFromTheSite(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        using var response = await client.GetAsync("/static/lib/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var js = await response.Content.ReadAsStringAsync();
        Assert.True(js.Length > 500_000);
        Assert.Contains("echarts", js[..2000], StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Upload_WithoutAntiforgeryToken_IsRejected(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(TestSupport.Corpus.Seed("001"))), "file", "a.txt" } };
        using var response = await client.PostAsync("/upload", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CSRF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name, bool store = false, bool expectContinue = false)
    {
        var token = await PortalServer.AntiforgeryTokenAsync(client, "/upload");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", name },
        };
        if (store) content.Add(new StringContent("1"), "store");
        // With 100-continue the server's early answer arrives before the body is sent (a refused body is never read).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = content };
        request.Headers.ExpectContinue = expectContinue;
        return await client.SendAsync(request);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Upload_ASeedUnderAMisleadingName_IsCheckedByItsContentAndNotStored(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var before = (await JsonAsync(client, "/api/documents?q=" + Uri.EscapeDataString("乌尔禾区医疗保障局"))).GetProperty("total").GetInt32();
        using var response = await UploadAsync(client, File.ReadAllBytes(TestSupport.Corpus.Seed("000")), "picture.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("检查报告：picture.txt", html, StringComparison.Ordinal); // read as the text it is, not as the name says
        Assert.Contains("N-ARITH-CHANGE-RATE", html, StringComparison.Ordinal);
        Assert.Contains("未保存", html, StringComparison.Ordinal);
        var after = (await JsonAsync(client, "/api/documents?q=" + Uri.EscapeDataString("乌尔禾区医疗保障局"))).GetProperty("total").GetInt32();
        Assert.Equal(before, after);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Upload_BinaryContent_IsRefusedAsUnsupported(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];
        using var response = await UploadAsync(client, png, "budget.txt");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("不是可检查的格式", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Upload_OverTheSizeLimit_IsRefused(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var big = Encoding.UTF8.GetBytes(new string('预', 1024 * 1024)); // 3 MiB > the 2 MiB limit of the test server
        using var response = await UploadAsync(client, big, "big.txt", expectContinue: true);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Upload_StoreRequestedByAnonymousUser_IsForbidden(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        using var response = await UploadAsync(client, File.ReadAllBytes(TestSupport.Corpus.Seed("000")), "a.txt", store: true);
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, response.StatusCode.ToString());
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Administrator_SignsIn_ImportsAndDeletes_AnonymousCannot(string target)
    {
        var server = await servers.GetAsync(target);
        using var anonymous = server.Client();
        using var denied = await anonymous.DeleteAsync("/api/documents/1");
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);

        using var wrong = server.Client();
        var token = await PortalServer.AntiforgeryTokenAsync(wrong, "/login");
        using var wrongForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "admin", ["password"] = "wrong" });
        using var wrongResponse = await wrong.PostAsync("/login", wrongForm);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);

        using var admin = server.Client();
        await PortalServer.SignInAsync(admin);
        // A document made for this test (a seed with one more line) so no other test sees it.
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(TestSupport.Corpus.Seed("002")) + "\n附：管理员导入测试 " + Guid.NewGuid().ToString("N") + "\n");
        using var response = await UploadAsync(admin, bytes, "admin-import.txt", store: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("已保存到文件库", html, StringComparison.Ordinal);
        var id = long.Parse(System.Text.RegularExpressions.Regex.Match(html, "href=\"/documents/(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using (var stored = await admin.GetAsync($"/api/documents/{id}")) Assert.Equal(HttpStatusCode.OK, stored.StatusCode);

        var deleteToken = await PortalServer.AntiforgeryTokenAsync(admin, $"/documents/{id}");
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/documents/{id}");
        request.Headers.Add("X-CSRF-TOKEN", deleteToken);
        using var deleted = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await admin.GetAsync($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Compare_TwoDocuments_MatchesRowsByCode(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var left = await DocumentIdAsync(client, "呼图壁县");
        var right = await DocumentIdAsync(client, "乌尔禾区医疗保障局");
        var comparison = await JsonAsync(client, $"/api/compare?left={left}&right={right}");
        var b03 = comparison.GetProperty("tables").EnumerateArray().First(t => t.GetProperty("tableId").ValueKind == JsonValueKind.String && t.GetProperty("tableId").GetString() == "B03");
        Assert.Contains(b03.GetProperty("rows").EnumerateArray(), r => r.GetProperty("code").GetString() == "2101501" && r.GetProperty("inLeft").GetBoolean() && r.GetProperty("inRight").GetBoolean());
        var html = await client.GetStringAsync($"/compare?left={left}&right={right}");
        Assert.Contains("class=\"num diff\"", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task RulesPage_ListsEveryRuleWithAnExampleFromTheStore(string target)
    {
        var server = await servers.GetAsync(target);
        using var client = server.Client();
        var html = await client.GetStringAsync("/rules");
        foreach (var rule in Core.Rules.BuiltInRules.All) Assert.Contains("id=\"rule-" + rule.Id + "\"", html, StringComparison.Ordinal);
        // G1 fires on seed 001: its example is a real finding with a link to the document.
        var g1Row = html[html.IndexOf("id=\"rule-G1\"", StringComparison.Ordinal)..];
        g1Row = g1Row[..g1Row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("上下级科目合计不符", g1Row, StringComparison.Ordinal);
        Assert.Contains("href=\"/documents/", g1Row, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentSniffer_TellsFormatsFromBytes()
    {
        Assert.Equal(SniffedKind.Text, ContentSniffer.Sniff(File.ReadAllBytes(TestSupport.Corpus.Seed("002"))));
        Assert.Equal(SniffedKind.Pdf, ContentSniffer.Sniff("%PDF-1.7\n"u8));
        Assert.Equal(SniffedKind.Html, ContentSniffer.Sniff("\uFEFF<!DOCTYPE html><html><body>部门预算</body></html>"u8));
        Assert.Equal(SniffedKind.Unsupported, ContentSniffer.Sniff([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0]));
        Assert.Equal(SniffedKind.Unsupported, ContentSniffer.Sniff("PK\u0003\u0004garbage"u8));
        Assert.Equal("报告.docx", ContentSniffer.SafeFileName("../../etc/报告.txt", SniffedKind.Docx));
        Assert.Equal("upload.txt", ContentSniffer.SafeFileName("<>", SniffedKind.Text));
    }
}
