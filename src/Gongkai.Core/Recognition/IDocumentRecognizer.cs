using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Core.Recognition;

/// <summary>
/// Turns a <see cref="RawDocument"/> into the canonical <see cref="DisclosureDocument"/>: finds the document's
/// entity, year, kind, level and template; recognises each table (title and columns, never position) and reads it
/// into canonical rows and columns; splits the explanation text into sections. Never throws on bad data:
/// what it cannot recognise is kept (unrecognised table) with a diagnostic.
/// </summary>
public interface IDocumentRecognizer
{
    DisclosureDocument Recognize(RawDocument raw);
}
