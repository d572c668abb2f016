using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Gongkai.Web.Html;

/// <summary>
/// Builds server-rendered HTML. Every text goes through <see cref="Text(string?)"/> (HTML-encoded); markup is only
/// written from literals in this project (<see cref="Raw"/>), never from document content, so a disclosure's text
/// cannot inject markup or script.
/// </summary>
public sealed class HtmlBuilder
{
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _sb = new(16 * 1024);

    /// <summary>HTML-encodes <paramref name="text"/> (null is empty).</summary>
    public static string Encode(string? text) => text is null ? "" : s_encoder.Encode(text);

    /// <summary>Appends encoded text.</summary>
    public HtmlBuilder Text(string? text)
    {
        if (text is not null) s_encoder.Encode(new StringWriter(_sb, CultureInfo.InvariantCulture), text);
        return this;
    }

    /// <summary>Appends markup written in this project (a literal), never document text.</summary>
    public HtmlBuilder Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>Appends <c>&lt;tag attrs&gt;text&lt;/tag&gt;</c> with the text encoded.</summary>
    public HtmlBuilder Element(string tag, string? text, string? cssClass = null)
    {
        Open(tag, cssClass);
        Text(text);
        return Close(tag);
    }

    public HtmlBuilder Open(string tag, string? cssClass = null, string? id = null)
    {
        _sb.Append('<').Append(tag);
        if (cssClass is not null) Attr("class", cssClass);
        if (id is not null) Attr("id", id);
        _sb.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends an encoded attribute <c> name="value"</c> (inside an open tag written with <see cref="Raw"/>).</summary>
    public HtmlBuilder Attr(string name, string? value)
    {
        _sb.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
        return this;
    }

    /// <summary>Appends a link with an encoded address and text.</summary>
    public HtmlBuilder Link(string href, string? text, string? cssClass = null)
    {
        _sb.Append("<a");
        Attr("href", href);
        if (cssClass is not null) Attr("class", cssClass);
        _sb.Append('>');
        Text(text);
        _sb.Append("</a>");
        return this;
    }

    public override string ToString() => _sb.ToString();
}
