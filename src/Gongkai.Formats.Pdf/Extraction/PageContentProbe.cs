using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Formats.Pdf.Extraction;

/// <summary>
/// How much content a page would make PdfPig parse, measured before it does: the decoded size of the page's content
/// streams plus, for every <c>Do</c> of a form XObject, that form's own expanded size (forms drawing forms are counted
/// as often as they are drawn). PdfPig decodes and parses a whole page at once with no limit, so a page whose
/// compressed content inflates to gigabytes (a "PDF bomb"), holds millions of text operators, or draws a form that
/// draws a form ten times over ("billion laughs") would take minutes and gigabytes; the importer skips such a page.
/// </summary>
/// <remarks>
/// Registered as a PdfPig page factory so that it sees the page dictionary (with inherited resources) without parsing
/// the content. Flate streams are inflated with a running count that stops at the cap, so measuring never costs more
/// than the cap per stream. Streams with other filters (LZW, RunLength, …; rare for content) count their stored size
/// and are not searched for nested forms. <c>Do</c> operators are found lexically (a name followed by <c>Do</c>).
/// </remarks>
internal sealed partial class PageContentProbe : IPageFactory<PageContentProbe.Size>
{
    /// <summary>The measured content of one page; <see cref="Exceeded"/> when the count stopped at the cap.</summary>
    public sealed record Size(long DecodedBytes, bool Exceeded);

    private const int MaxFormDepth = 32;
    private static readonly NameToken ContentsKey = NameToken.Create("Contents");
    private static readonly NameToken ResourcesKey = NameToken.Create("Resources");
    private static readonly NameToken XObjectKey = NameToken.Create("XObject");
    private static readonly NameToken SubtypeKey = NameToken.Create("Subtype");
    private static readonly NameToken FormName = NameToken.Create("Form");
    private static readonly NameToken FilterKey = NameToken.Create("Filter");

    private readonly IPdfTokenScanner _scanner;
    private readonly long _cap;

    public PageContentProbe(IPdfTokenScanner scanner, long cap)
    {
        _scanner = scanner;
        _cap = cap;
    }

    public Size Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations annotationProvider)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var scopes = new List<DictionaryToken>();
        if (Resolve(dictionary.TryGet(ResourcesKey, out var own) ? own : null) is DictionaryToken resources) scopes.Add(resources);
        if (pageTreeMembers?.ParentResources is { } inherited) scopes.AddRange(inherited);
        var walk = new Walk(this, _cap);
        if (dictionary.TryGet(ContentsKey, out var contents))
        {
            var resolved = Resolve(contents);
            var parts = resolved is ArrayToken array ? array.Data.Select(Resolve) : [resolved];
            foreach (var part in parts)
            {
                if (walk.Exceeded) break;
                if (part is StreamToken stream) walk.Add(walk.Expanded(stream, scopes, 0));
            }
        }
        return new Size(walk.Total, walk.Exceeded);
    }

    /// <summary>One page's measurement: expanded sizes of forms memoised, forms being expanded guarded against cycles.</summary>
    private sealed class Walk(PageContentProbe probe, long cap)
    {
        // Keyed by the form's object reference (the scanner may hand out a new token per lookup), else by the token.
        private readonly Dictionary<object, long> _forms = [];
        private readonly HashSet<object> _open = [];

        public long Total { get; private set; }

        public bool Exceeded => Total > cap;

        public void Add(long bytes) => Total = SaturatingAdd(Total, bytes);

        /// <summary>The stream's decoded size plus the expanded size of each form it draws; above the cap, cap + 1.</summary>
        public long Expanded(StreamToken stream, IReadOnlyList<DictionaryToken> scopes, int depth)
        {
            var decoded = probe.Decode(stream, cap);
            if (decoded.Length > cap) return cap + 1;
            long total = decoded.Length;
            if (depth >= MaxFormDepth) return total;
            foreach (var name in DrawnNames(decoded.Text))
            {
                if (probe.FindForm(name, scopes) is not var (key, form) || _open.Contains(key)) continue;
                if (!_forms.TryGetValue(key, out var size))
                {
                    _open.Add(key);
                    var inner = probe.Resolve(form.StreamDictionary.TryGet(ResourcesKey, out var r) ? r : null) is DictionaryToken own
                        ? [own, .. scopes] : scopes;
                    size = Expanded(form, inner, depth + 1);
                    _open.Remove(key);
                    _forms[key] = size;
                }
                total = SaturatingAdd(total, size);
                if (total > cap) return cap + 1;
            }
            return total;
        }

        private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }

    /// <summary>Names drawn with <c>Do</c> in decoded content (Latin-1 text).</summary>
    private static IEnumerable<string> DrawnNames(string? content)
    {
        if (string.IsNullOrEmpty(content)) yield break;
        foreach (Match match in DoOperator().Matches(content)) yield return match.Groups[1].Value;
    }

    [GeneratedRegex(@"/([^\s/\[\]<>(){}%]+)\s*Do(?=[\s/\[\]<>(){}%]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DoOperator();

    private (object Key, StreamToken Form)? FindForm(string name, IReadOnlyList<DictionaryToken> scopes)
    {
        var key = NameToken.Create(name);
        foreach (var resources in scopes)
        {
            if (Resolve(resources.TryGet(XObjectKey, out var x) ? x : null) is not DictionaryToken xobjects) continue;
            if (!xobjects.TryGet(key, out var entry)) continue;
            return Resolve(entry) is StreamToken stream
                && Resolve(stream.StreamDictionary.TryGet(SubtypeKey, out var subtype) ? subtype : null) is NameToken kind
                && kind.Equals(FormName)
                ? (entry is IndirectReferenceToken reference ? reference.Data : stream, stream)
                : null;
        }
        return null;
    }

    private IToken? Resolve(IToken? token)
    {
        try
        {
            // A reference may point at another reference; a short chain is enough for any real file.
            for (var hop = 0; hop < 8 && token is IndirectReferenceToken reference; hop++)
            {
                token = _scanner.Get(reference.Data)?.Data;
            }
            return token is IndirectReferenceToken ? null : token;
        }
#pragma warning disable CA1031 // An unresolvable reference counts as nothing: PdfPig reports the page itself if it cannot read it.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>A stream's decoded content, up to just over <paramref name="cap"/> bytes (Length says how far it got).</summary>
    private Decoded Decode(StreamToken stream, long cap)
    {
        var filter = Resolve(stream.StreamDictionary.TryGet(FilterKey, out var f) ? f : null);
        var data = stream.Data;
        if (filter is null) return new Decoded(data.Length, data.Length <= cap ? Encoding.Latin1.GetString(data.Span) : null);
        if (!IsFlateOnly(filter)) return new Decoded(data.Length, null);
        using var output = new MemoryStream();
        if (!TryInflate(data, output, cap, raw: false) && output.Length == 0) TryInflate(data, output, cap, raw: true);
        return new Decoded(output.Length, output.Length <= cap ? Encoding.Latin1.GetString(output.GetBuffer(), 0, (int)output.Length) : null);
    }

    private readonly record struct Decoded(long Length, string? Text);

    private bool IsFlateOnly(IToken? filter) => filter switch
    {
        NameToken name => IsFlate(name),
        ArrayToken { Data.Count: 1 } array => Resolve(array.Data[0]) is NameToken only && IsFlate(only),
        _ => false,
    };

    private static bool IsFlate(NameToken name) => name.Data is "FlateDecode" or "Fl";

    /// <summary>Inflates into <paramref name="output"/>, stopping once it holds more than <paramref name="cap"/> bytes.</summary>
    private static bool TryInflate(ReadOnlyMemory<byte> data, MemoryStream output, long cap, bool raw)
    {
        // PDF writers use zlib framing; a few write raw deflate, which PdfPig accepts too.
        var buffer = new byte[81920];
        try
        {
            using var input = new MemoryStream(data.ToArray(), writable: false);
            using Stream inflater = raw
                ? new DeflateStream(input, CompressionMode.Decompress)
                : new ZLibStream(input, CompressionMode.Decompress);
            int read;
            while (output.Length <= cap && (read = inflater.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, read);
            return true;
        }
        catch (InvalidDataException)
        {
            // A damaged stream: what inflated so far is what PdfPig could parse at most.
            return false;
        }
    }
}
