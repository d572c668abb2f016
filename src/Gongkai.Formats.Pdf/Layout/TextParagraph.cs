using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>A paragraph of free text: wrapped lines joined, with its bounds.</summary>
public sealed record TextParagraph(string Text, Box Box);
