namespace Gongkai.Formats.Pdf.Assembly;

/// <summary>Title, printed number, unit and preamble found around a table.</summary>
internal sealed record TableCaption(string? Title, string? PrintedNumber, string? UnitText, IReadOnlyList<string> Preamble)
{
    public static readonly TableCaption Empty = new(null, null, null, []);

    public bool HasTitle => Title is not null || PrintedNumber is not null;
}
