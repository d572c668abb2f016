namespace Gongkai.Render.Layout;

/// <summary>
/// A cell at its grid position. A position covered by a cell merged down from a row above is a
/// <see cref="Covered"/> cell that repeats the merged cell (Word writes it as a vMerge continuation).
/// </summary>
public sealed record PlacedCell(PrintedCell Cell, int Row, int Column, bool Covered);
