namespace Gongkai.Core.Documents;

/// <summary>
/// A chapter or sub-chapter of the explanation text (情况说明), with its heading and body in reading order.
/// Sections nest by <see cref="Level"/> (第一部分 = 1, 一、 = 2, （一） = 3, 1. = 4).
/// </summary>
public sealed record NarrativeSection
{
    public required string Heading { get; init; }

    public required int Level { get; init; }

    /// <summary>The body text (paragraphs joined with '\n'; hard line breaks inside a sentence removed).</summary>
    public required string Text { get; init; }

    public int? Page { get; init; }

    public int? Line { get; init; }
}
