using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Render.Pdf;

/// <summary>
/// OpenType/TrueType font files: tells a single font from a collection (.ttc), reads the family names of each face, and
/// extracts one face of a collection as a standalone font (PDFsharp embeds single fonts only).
/// </summary>
internal static class FontFace
{
    private const uint CollectionTag = 0x74746366; // 'ttcf'

    /// <summary>The offsets of the faces (one for a single font), or empty when the bytes are not a font.</summary>
    public static IReadOnlyList<int> FaceOffsets(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) return [];
        var tag = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (tag == CollectionTag)
        {
            var count = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(font[8..]), 256);
            var offsets = new List<int>();
            for (var i = 0; i < count && 12 + (4 * i) + 4 <= font.Length; i++)
            {
                var offset = BinaryPrimitives.ReadUInt32BigEndian(font[(12 + (4 * i))..]);
                if (offset + 12 <= font.Length) offsets.Add((int)offset);
            }
            return offsets;
        }
        return tag is 0x00010000 or 0x4F54544F or 0x74727565 ? [0] : []; // TrueType, 'OTTO', 'true'
    }

    /// <summary>The face at <paramref name="offset"/> as a standalone font file.</summary>
    public static byte[] Extract(ReadOnlySpan<byte> font, int offset)
    {
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(font[(offset + 4)..]);
        var headerLength = 12 + (16 * numTables);
        var tables = new List<(uint Tag, uint Checksum, int Offset, int Length)>();
        for (var i = 0; i < numTables; i++)
        {
            var record = font[(offset + 12 + (16 * i))..];
            tables.Add((BinaryPrimitives.ReadUInt32BigEndian(record), BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }
        var size = headerLength + tables.Sum(t => Align4(t.Length));
        var result = new byte[size];
        font.Slice(offset, 12).CopyTo(result);
        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var record = result.AsSpan(12 + (16 * i));
            BinaryPrimitives.WriteUInt32BigEndian(record, t.Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], t.Checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)t.Length);
            font.Slice(t.Offset, t.Length).CopyTo(result.AsSpan(position));
            position += Align4(t.Length);
        }
        return result;
    }

    /// <summary>The family names (name id 1 and 16) of the face at <paramref name="offset"/>.</summary>
    public static IReadOnlyList<string> FamilyNames(ReadOnlySpan<byte> font, int offset)
    {
        var names = new List<string>();
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(font[(offset + 4)..]);
        for (var i = 0; i < numTables; i++)
        {
            var record = font[(offset + 12 + (16 * i))..];
            if (BinaryPrimitives.ReadUInt32BigEndian(record) != 0x6E616D65) continue; // 'name'
            var table = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var count = BinaryPrimitives.ReadUInt16BigEndian(font[(table + 2)..]);
            var storage = table + BinaryPrimitives.ReadUInt16BigEndian(font[(table + 4)..]);
            for (var k = 0; k < count; k++)
            {
                var n = font[(table + 6 + (12 * k))..];
                var platform = BinaryPrimitives.ReadUInt16BigEndian(n);
                var nameId = BinaryPrimitives.ReadUInt16BigEndian(n[6..]);
                if (nameId is not (1 or 16)) continue;
                var length = BinaryPrimitives.ReadUInt16BigEndian(n[8..]);
                var start = storage + BinaryPrimitives.ReadUInt16BigEndian(n[10..]);
                if (start + length > font.Length) continue;
                var bytes = font.Slice(start, length);
                names.Add(platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.ASCII.GetString(bytes));
            }
        }
        return names;
    }

    private static int Align4(int n) => (n + 3) & ~3;
}
