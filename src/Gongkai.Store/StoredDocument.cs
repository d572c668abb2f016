using Gongkai.Core.Documents;
using Gongkai.Core.Rules;

namespace Gongkai.Store;

/// <summary>
/// 文件概要: one stored document as it appears in lists and search results — what it is (entity, region, year,
/// kind, level, template), where it came from (file name, format, size, content hash, import time) and how many
/// findings of each severity its check gave.
/// </summary>
public sealed record DocumentSummary
{
    public required long Id { get; init; }

    /// <summary>Lower-case hex SHA-256 of the original bytes: the document's identity.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The file name as imported (no folder).</summary>
    public required string FileName { get; init; }

    /// <summary>Format id of the reader ("text", "pdf", "docx", "xlsx", "html").</summary>
    public required string Format { get; init; }

    public required long SizeBytes { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public string? Title { get; init; }

    /// <summary>部门/单位名称.</summary>
    public string? Entity { get; init; }

    /// <summary>预算单位编码, when printed.</summary>
    public string? EntityCode { get; init; }

    /// <summary>
    /// 地区: the administrative-division prefix of the entity or title ("上海市普陀区", "新疆维吾尔自治区", "乌尔禾区"),
    /// see <see cref="RegionNames.Derive"/>; null when none is printed.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>省级地区 (the first level of <see cref="Region"/>, or from the template's province), or null.</summary>
    public string? Province { get; init; }

    public int? Year { get; init; }

    /// <summary>预算 or 决算.</summary>
    public DocumentKind? Kind { get; init; }

    /// <summary>部门 or 单位.</summary>
    public DocumentLevel? Level { get; init; }

    public string? TemplateId { get; init; }

    /// <summary>Number of tables recognised as standard tables.</summary>
    public int TableCount { get; init; }

    public int ErrorCount { get; init; }

    public int WarningCount { get; init; }

    public int InfoCount { get; init; }
}

/// <summary>
/// A stored document with everything kept about it. <see cref="Document"/> is the canonical model as read back
/// (tables with columns, rows and cells in the table's unit; sections; claims; diagnostics; info). Parts not kept by
/// the store are empty: template definitions, 目录 entries, project descriptions, performance tables.
/// </summary>
public sealed record StoredDocument
{
    public required DocumentSummary Summary { get; init; }

    public required DisclosureDocument Document { get; init; }

    /// <summary>The findings of the check, in report order (contract fields: rule, severity, message, location, printed, expected).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}

/// <summary>The original file of a document, byte for byte as imported.</summary>
public sealed record StoredFile(string FileName, string Format, string ContentHash, byte[] Content);

/// <summary>A user of the portal (an administrator). The password hash is opaque to the store.</summary>
public sealed record StoredUser(long Id, string Name, string PasswordHash, string Role, DateTimeOffset CreatedAt)
{
    /// <summary>The role of the portal's administrators.</summary>
    public const string AdministratorRole = "admin";
}
