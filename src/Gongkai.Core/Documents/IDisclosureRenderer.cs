namespace Gongkai.Core.Documents;

/// <summary>
/// 公开文件输出: writes a composed <see cref="DisclosureDocument"/> in one format (DOCX, XLSX, PDF, HTML …).
/// Implementations live outside Core (Gongkai.Render); hosts pick one by <see cref="Format"/>.
/// </summary>
public interface IDisclosureRenderer
{
    /// <summary>Format id: "docx", "xlsx", "pdf", "html".</summary>
    string Format { get; }

    /// <summary>File extension with the dot: ".docx".</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>.</summary>
    void Render(DisclosureDocument document, Stream output);
}
