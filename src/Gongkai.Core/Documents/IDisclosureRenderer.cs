namespace Gongkai.Core.Documents;

/// <summary>
/// 公开文件渲染: writes a <see cref="DisclosureDocument"/> as a published file (HTML, DOCX, XLSX, PDF).
/// Renderers draw the model and never compute figures.
/// </summary>
public interface IDisclosureRenderer { string Format { get; } string Extension { get; } void Render(DisclosureDocument document, Stream output); }
