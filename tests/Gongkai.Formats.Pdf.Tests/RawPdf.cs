using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>
/// Writes PDF syntax directly, for hostile inputs PdfPig's writer will not produce (inflating streams, deep nesting,
/// self-drawing forms). Objects are numbered from 1 in the order added; object 1 must be the catalog.
/// </summary>
internal sealed class RawPdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds a plain object (dictionary, array, …) and returns its number.</summary>
    public int Add(string body)
    {
        _objects.Add(Encoding.ASCII.GetBytes(body));
        return _objects.Count;
    }

    /// <summary>Adds a stream object: <paramref name="dictionary"/> entries (without Length and Filter) and its data, Flate-compressed.</summary>
    public int AddFlateStream(string dictionary, byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return AddStream(dictionary + " /Filter /FlateDecode", compressed.ToArray());
    }

    /// <summary>Adds a stream of zeros that inflates to <paramref name="megabytes"/> MiB, compressed chunk by chunk.</summary>
    public int AddFlateZeros(string dictionary, int megabytes)
    {
        var chunk = new byte[1024 * 1024];
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var i = 0; i < megabytes; i++) zlib.Write(chunk);
        }
        return AddStream(dictionary + " /Filter /FlateDecode", compressed.ToArray());
    }

    /// <summary>Adds an unfiltered stream object.</summary>
    public int AddStream(string dictionary, byte[] data)
    {
        using var body = new MemoryStream();
        body.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Length {data.Length} >>\nstream\n")));
        body.Write(data);
        body.Write("\nendstream"u8);
        _objects.Add(body.ToArray());
        return _objects.Count;
    }

    /// <summary>The catalog (object 1), pointing at the page tree in object 2.</summary>
    public static string Catalog => "<< /Type /Catalog /Pages 2 0 R >>";

    /// <summary>The page tree (object 2) for the page objects numbered <paramref name="pages"/>.</summary>
    public static string PageTree(params int[] pages) => string.Create(CultureInfo.InvariantCulture,
        $"<< /Type /Pages /Kids [{string.Join(" ", pages.Select(p => p.ToString(CultureInfo.InvariantCulture) + " 0 R"))}] /Count {pages.Length} >>");

    /// <summary>A Helvetica font resource dictionary entry: <c>/Font &lt;&lt; /F1 … &gt;&gt;</c>.</summary>
    public const string Helvetica = "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>";

    public byte[] Build()
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n")));
            output.Write(_objects[i]);
            output.Write("\nendobj\n"u8);
        }
        var xref = output.Position;
        var tail = new StringBuilder();
        tail.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) tail.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        tail.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(tail.ToString()));
        return output.ToArray();
    }

    /// <summary>A content stream that writes <paramref name="text"/> (ASCII) at 12 pt near the top left.</summary>
    public static byte[] TextContent(string text) =>
        Encoding.ASCII.GetBytes("BT /F1 12 Tf 50 700 Td (" + text + ") Tj ET\n");
}
