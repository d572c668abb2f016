using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;
using Gongkai.Store;
using Gongkai.Web.Contracts;
using Gongkai.Web.Hosting;
using Gongkai.Web.Pages;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Apis;

/// <summary>JSON API: documents, tables, findings, search, aggregates, entity history, comparison; import and delete for administrators.</summary>
public static class DocumentsApi
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("documents");
        api.MapGet("/documents", SearchAsync).WithSummary("检索文件（q, entity, region, year, kind, level, code, page, pageSize），含分面计数");
        api.MapGet("/documents/{id:long}", GetAsync).WithSummary("文件概要、表格目录与检查发现");
        api.MapGet("/documents/{id:long}/tables", TablesAsync).WithSummary("文件的全部表格（含行与数值，按各表单位）");
        api.MapGet("/documents/{id:long}/tables/{table}", TableAsync).WithSummary("一张表：表号（B03）或序号（0 起）");
        api.MapGet("/documents/{id:long}/findings", FindingsAsync).WithSummary("检查发现及其依据");
        api.MapGet("/documents/{id:long}/original", OriginalAsync).WithSummary("原文件");
        api.MapGet("/aggregates", AggregateAsync).WithSummary("汇总：按 year/region/code/entity 分组求和（table, column, code, codeLength, year, region, kind, level）");
        api.MapGet("/entities/{name}/history", HistoryAsync).WithSummary("部门各年数据");
        api.MapGet("/compare", CompareAsync).WithSummary("两份文件对比（left, right）");
        api.MapPost("/documents", ImportAsync).WithSummary("导入文件（管理员；multipart 字段 file；需 X-CSRF-TOKEN）")
            .RequireAuthorization(PortalPolicies.Administrator).DisableAntiforgery();
        api.MapDelete("/documents/{id:long}", DeleteAsync).WithSummary("删除文件（管理员；需 X-CSRF-TOKEN）").RequireAuthorization(PortalPolicies.Administrator);
    }

    public static async Task<Ok<SearchResultDto>> SearchAsync(HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        var query = SearchPage.ReadQuery(context.Request);
        var r = await store.SearchAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new SearchResultDto(r.Total, r.Page, r.PageSize, r.Items.Select(DocumentSummaryDto.From).ToList(), r.Regions, r.Years, r.Kinds));
    }

    public static async Task<Results<Ok<DocumentDto>, NotFound>> GetAsync(long id, IDocumentStore store, CancellationToken cancellationToken)
    {
        var d = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
        if (d is null) return TypedResults.NotFound();
        return TypedResults.Ok(new DocumentDto(DocumentSummaryDto.From(d.Summary),
            d.Document.Tables.Select((t, i) => new TableHeadDto(i, t.Id?.Value, t.Title, t.PrintedNumber, t.AmountUnit == Core.Money.AmountUnit.Yuan ? "元" : "万元", t.IsEmpty, t.Rows.Count)).ToList(),
            d.Findings.Select(FindingDto.From).ToList(),
            d.Document.Sections.Select(s => s.Heading).ToList()));
    }

    public static async Task<Results<Ok<List<TableDto>>, NotFound>> TablesAsync(long id, IDocumentStore store, CancellationToken cancellationToken)
    {
        var d = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
        return d is null ? TypedResults.NotFound() : TypedResults.Ok(d.Document.Tables.Select(TableDto.From).ToList());
    }

    public static async Task<Results<Ok<TableDto>, NotFound>> TableAsync(long id, string table, IDocumentStore store, CancellationToken cancellationToken)
    {
        var d = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
        var index = d is null ? -1 : FindTable(d.Document.Tables, table);
        return index < 0 ? TypedResults.NotFound() : TypedResults.Ok(TableDto.From(d!.Document.Tables[index], index));
    }

    /// <summary>The index of a table given as a canonical id ("B03") or a 0-based index; -1 when none.</summary>
    public static int FindTable(IReadOnlyList<DisclosureTable> tables, string table)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(table);
        for (var i = 0; i < tables.Count; i++)
        {
            if (tables[i].Id is { } id && string.Equals(id.Value, table, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return Terms.ParseInt(table) is { } n && n < tables.Count ? n : -1;
    }

    public static async Task<Results<Ok<List<FindingDto>>, NotFound>> FindingsAsync(long id, IDocumentStore store, CancellationToken cancellationToken)
    {
        var d = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
        return d is null ? TypedResults.NotFound() : TypedResults.Ok(d.Findings.Select(FindingDto.From).ToList());
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> OriginalAsync(long id, IDocumentStore store, CancellationToken cancellationToken)
    {
        var f = await store.GetOriginalAsync(id, cancellationToken).ConfigureAwait(false);
        // Served as a download of a neutral type: the original is never rendered by the browser on this site.
        return f is null ? TypedResults.NotFound() : TypedResults.File(f.Content, "application/octet-stream", f.FileName);
    }

    public static async Task<Results<Ok<IReadOnlyList<AggregateRow>>, ValidationProblem>> AggregateAsync(HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        string? Get(string name) => context.Request.Query[name].FirstOrDefault() is { Length: > 0 } v ? v.Trim() : null;
        var group = Get("groupBy") ?? "year";
        if (!Enum.TryParse<AggregateGroup>(group, ignoreCase: true, out var groupBy))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["groupBy"] = ["分组方式应为 year、region、code 或 entity。"] });
        }
        var code = Get("code");
        if (code is not null && !code.All(char.IsAsciiDigit))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["科目编码应为数字。"] });
        }
        var query = new AggregateQuery
        {
            GroupBy = groupBy,
            Table = Get("table") is { } t ? new TableId(t.ToUpperInvariant()) : null,
            Column = Get("column") is { } c ? new ColumnKey(c) : ColumnKey.Total,
            Code = code,
            CodeLength = Terms.ParseInt(Get("codeLength")),
            Year = Terms.ParseInt(Get("year")),
            Region = Get("region"),
            Kind = Terms.ParseKind(Get("kind")),
            Level = Terms.ParseLevel(Get("level")),
        };
        return TypedResults.Ok(await store.AggregateAsync(query, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<Results<Ok<EntityHistory>, NotFound>> HistoryAsync(string name, IDocumentStore store, CancellationToken cancellationToken)
    {
        var h = await store.GetEntityHistoryAsync(name, cancellationToken).ConfigureAwait(false);
        return h.Years.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(h);
    }

    public static async Task<Results<Ok<DocumentComparison>, NotFound>> CompareAsync(long left, long right, IDocumentStore store, CancellationToken cancellationToken)
    {
        var c = await store.CompareAsync(left, right, cancellationToken).ConfigureAwait(false);
        return c is null ? TypedResults.NotFound() : TypedResults.Ok(c);
    }

    public static async Task<Results<Ok<ImportResultDto>, BadRequest<string>, ProblemHttpResult>> ImportAsync(HttpContext context, IDocumentStore store,
        CheckWorkflow workflow, PortalOptions options, CancellationToken cancellationToken)
    {
        if (!await PageRequest.ValidAntiforgeryAsync(context).ConfigureAwait(false)) return TypedResults.BadRequest("CSRF 校验失败。");
        if (!context.Request.HasFormContentType) return TypedResults.BadRequest("请以 multipart/form-data 上传字段 file。");
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return TypedResults.BadRequest("没有收到文件。");
        if (file.Length > options.MaxUploadBytes) return TypedResults.Problem("文件超过大小上限。", statusCode: StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        var kind = ContentSniffer.Sniff(bytes);
        if (kind == SniffedKind.Unsupported) return TypedResults.Problem("文件内容不是可检查的格式。", statusCode: StatusCodes.Status415UnsupportedMediaType);
        var outcome = await new DocumentImporter(store, workflow).ImportAsync(ContentSniffer.SafeFileName(file.FileName, kind), bytes, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ImportResultDto(outcome.FileName, outcome.Status.ToString().ToLowerInvariant(), outcome.DocumentId, outcome.Reason));
    }

    public static async Task<Results<NoContent, NotFound, BadRequest<string>>> DeleteAsync(long id, HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!await PageRequest.ValidAntiforgeryAsync(context).ConfigureAwait(false)) return TypedResults.BadRequest("CSRF 校验失败。");
        return await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
