using System.Security.Cryptography;
using Gongkai.Core.Documents;
using Gongkai.Core.Workflows;

namespace Gongkai.Store;

/// <summary>
/// Checks a file's content and returns the report; the hosts pass theirs (the CLI's and the portal's
/// <see cref="CheckWorkflow.Check"/>). Must not throw for bad input (it reports it).
/// </summary>
public delegate CheckReport CheckContent(string fileName, Stream content, CancellationToken cancellationToken);

/// <summary>What happened to one imported file.</summary>
public enum ImportStatus
{
    /// <summary>Checked and stored as a new document.</summary>
    Imported,

    /// <summary>The same content was already stored (by SHA-256): not checked again.</summary>
    Skipped,

    /// <summary>Not stored: unreadable, not a disclosure, too large, or the store failed; <see cref="ImportOutcome.Reason"/> says why.</summary>
    Failed,
}

/// <summary>The outcome of importing one file: its status, the document id (imported or already there), the hash, why it failed, and the check report when a check ran.</summary>
public sealed record ImportOutcome(string FileName, ImportStatus Status, long? DocumentId, string? ContentHash, string? Reason, CheckReport? Report);

/// <summary>
/// 导入: hash the content, skip it when the store has it, otherwise run the real check and save the document with its
/// original bytes in one transaction. Unreadable inputs and non-disclosures are not stored (Failed, with the check's
/// Chinese diagnostic as reason). Thread-safe when the check delegate is (CheckWorkflow is).
/// </summary>
public sealed class DocumentImporter
{
    private readonly IDocumentStore _store;
    private readonly CheckContent _check;

    public DocumentImporter(IDocumentStore store, CheckContent check)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(check);
        _store = store;
        _check = check;
    }

    /// <summary>Imports with a check workflow (the CLI's or the portal's composition).</summary>
    public DocumentImporter(IDocumentStore store, CheckWorkflow workflow)
        : this(store, (workflow ?? throw new ArgumentNullException(nameof(workflow))).Check)
    {
    }

    /// <summary>Files larger than this are not read (default 64 MB, the readers' own bound).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Lower-case hex SHA-256 of <paramref name="content"/>: the identity of a document.</summary>
    public static string ComputeHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Imports content received under <paramref name="fileName"/> (an upload). Never throws for bad input.</summary>
    public async Task<ImportOutcome> ImportAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName);
        if (content.Length > MaxBytes)
        {
            return new ImportOutcome(name, ImportStatus.Failed, null, null,
                $"文件“{name}”大小超过上限 {MaxBytes / (1024 * 1024)} MB，未导入。", null);
        }
        var hash = ComputeHash(content.Span);
        var existing = await _store.FindByHashAsync(hash, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new ImportOutcome(name, ImportStatus.Skipped, existing, hash, "内容相同的文件已在库中。", null);
        }

        CheckReport report;
        using (var stream = new MemoryStream(content.ToArray(), writable: false))
        {
            report = _check(fileName, stream, cancellationToken);
        }
        if (report.Unreadable)
        {
            return new ImportOutcome(name, ImportStatus.Failed, null, hash, ReasonOf(report, name), report);
        }

        var saved = await _store.SaveAsync(name, content, report, cancellationToken).ConfigureAwait(false);
        return saved.Status == SaveStatus.Stored
            ? new ImportOutcome(name, ImportStatus.Imported, saved.DocumentId, hash, null, report)
            : new ImportOutcome(name, ImportStatus.Skipped, saved.DocumentId, hash, "内容相同的文件已在库中。", report);
    }

    /// <summary>Reads and imports the file at <paramref name="path"/>. Never throws for bad input.</summary>
    public async Task<ImportOutcome> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return new ImportOutcome(name, ImportStatus.Failed, null, null, $"文件“{path}”不存在或无法访问。", null);
            if (info.Length > MaxBytes)
            {
                return new ImportOutcome(name, ImportStatus.Failed, null, null,
                    $"文件“{name}”大小为 {info.Length / (1024 * 1024)} MB，超过上限 {MaxBytes / (1024 * 1024)} MB，未导入。", null);
            }
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ImportOutcome(name, ImportStatus.Failed, null, null, $"文件“{name}”无法读取：{ex.Message}", null);
        }
        return await ImportAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    private static string ReasonOf(CheckReport report, string name) =>
        (report.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? report.Diagnostics.FirstOrDefault())?.Message
        ?? $"文件“{name}”未能读取。";
}
