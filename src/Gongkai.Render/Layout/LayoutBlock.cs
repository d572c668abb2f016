namespace Gongkai.Render.Layout;

/// <summary>One block of a laid-out disclosure, in reading order.</summary>
public abstract record LayoutBlock;

/// <summary>The cover title (封面标题).</summary>
public sealed record TitleBlock(string Text) : LayoutBlock;

/// <summary>A chapter heading: level 1 = 第X部分, 2 = 一、, 3 = （一）, 4 = 1.</summary>
public sealed record HeadingBlock(string Text, int Level) : LayoutBlock;

/// <summary>A body paragraph.</summary>
public sealed record ParagraphBlock(string Text) : LayoutBlock;

/// <summary>A table (公开表, 目录 or performance table).</summary>
public sealed record TableBlock(PrintedTable Table) : LayoutBlock;
