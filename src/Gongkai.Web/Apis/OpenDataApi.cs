using System.Globalization;
using System.IO.Compression;
using Gongkai.Store;
using Gongkai.Web.Exports;
using Gongkai.Web.Hosting;
using Gongkai.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Apis;

/// <summary>Open data: CSV and XLSX of any table and of search results; Fiscal Data Packages per document and in bulk.</summary>
public static class OpenDataApi
{
    private const string Csv = "text/csv; charset=utf-8";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("open-data");
        api.MapGet("/documents/{id:long}/tables/{table}.csv", (long id, string table, IDocumentStore store, CancellationToken ct) => TableFileAsync(id, table, false, store, ct))
            .WithSummary("一张表的 CSV（UTF-8）");
        api.MapGet("/documents/{id:long}/tables/{table}.xlsx", (long id, string table, IDocumentStore store, CancellationToken ct) => TableFileAsync(id, table, true, store, ct))
            .WithSummary("一张表的 XLSX");
        api.MapGet("/search.csv", (HttpContext c, IDocumentStore s, CancellationToken ct) => SearchFileAsync(c, false, s, ct)).WithSummary("检索结果 CSV（条件同 /api/documents，最多 500 条）");
        api.MapGet("/search.xlsx", (HttpContext c, IDocumentStore s, CancellationToken ct) => SearchFileAsync(c, true, s, ct)).WithSummary("检索结果 XLSX");
        api.MapGet("/documents/{id:long}/datapackage.zip", PackageAsync).WithSummary("一份文件的开放数据包（Fiscal Data Package：datapackage.json + CSV）");
        api.MapGet("/datapackage.zip", BulkPackageAsync).WithSummary("检索结果的开放数据包（每份文件一个文件夹）");
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> TableFileAsync(long id, string table, bool xlsx, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var d = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
        var index = d is null ? -1 : DocumentsApi.FindTable(d.Document.Tables, table);
        if (index < 0) return TypedResults.NotFound();
        var t = d!.Document.Tables[index];
        var name = $"document-{id.ToString(CultureInfo.InvariantCulture)}-{t.Id?.Value ?? index.ToString(CultureInfo.InvariantCulture)}";
        var rows = TableExport.Rows(t);
        return xlsx
            ? TypedResults.File(XlsxWriter.Write(t.Id?.Value ?? "table", rows), Xlsx, name + ".xlsx")
            : TypedResults.File(Write(rows), Csv, name + ".csv");
    }

    public static async Task<FileContentHttpResult> SearchFileAsync(HttpContext context, bool xlsx, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var query = SearchPage.ReadQuery(context.Request, SearchQuery.MaxPageSize);
        var result = await store.SearchAsync(query, cancellationToken).ConfigureAwait(false);
        var rows = TableExport.Rows(result.Items);
        return xlsx ? TypedResults.File(XlsxWriter.Write("检索结果", rows), Xlsx, "search.xlsx") : TypedResults.File(Write(rows), Csv, "search.csv");
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> PackageAsync(long id, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var d = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
        return d is null
            ? TypedResults.NotFound()
            : TypedResults.File(FiscalDataPackage.Zip(d), "application/zip", $"document-{id.ToString(CultureInfo.InvariantCulture)}-datapackage.zip");
    }

    public static async Task<FileContentHttpResult> BulkPackageAsync(HttpContext context, IDocumentStore store, PortalOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var query = SearchPage.ReadQuery(context.Request, Math.Min(options.MaxBulkDocuments, SearchQuery.MaxPageSize));
        query = query with { PageSize = Math.Min(query.PageSize, options.MaxBulkDocuments) };
        var result = await store.SearchAsync(query, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var index = new CsvWriter();
            foreach (var row in TableExport.Rows(result.Items)) index.Row(row);
            var entry = zip.CreateEntry("documents.csv", CompressionLevel.Fastest);
            await using (var s = entry.Open()) await s.WriteAsync(index.ToBytes(), cancellationToken).ConfigureAwait(false);
            foreach (var summary in result.Items)
            {
                var d = await store.GetDocumentAsync(summary.Id, cancellationToken).ConfigureAwait(false);
                if (d is not null) FiscalDataPackage.Write(zip, d, "document-" + summary.Id.ToString(CultureInfo.InvariantCulture) + "/");
            }
        }
        return TypedResults.File(buffer.ToArray(), "application/zip", "datapackage.zip");
    }

    private static byte[] Write(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var csv = new CsvWriter();
        foreach (var row in rows) csv.Row(row);
        return csv.ToBytes();
    }
}
