using System.Globalization;
using System.Text;

namespace Gongkai.Store;

/// <summary>
/// 检索词元: Chinese is written without spaces, so the store indexes overlapping character bigrams of every run of
/// Chinese characters ("医疗保障局" → 医疗 疗保 保障 障局) and whole lower-cased words of Latin letters and digits
/// ("2101501", "b03"). A query is tokenised the same way and must match as a phrase (consecutive tokens), which is
/// substring search for any query of two or more characters, served by an index in both databases (SQLite FTS5 and a
/// PostgreSQL GIN index over tsvector) without a Chinese word segmenter or dictionary.
/// A lone Chinese character becomes a one-character token (queries of one character fall back to LIKE on entity and title).
/// </summary>
public static class SearchTokens
{
    /// <summary>Longest Latin/digit token kept (longer words are cut: PostgreSQL lexemes are bounded).</summary>
    public const int MaxWordLength = 64;

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        AddTokens(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void AddTokens(string? text, List<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrEmpty(text)) return;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsHan(text, i))
            {
                var runes = new List<string>();
                while (i < text.Length && IsHan(text, i))
                {
                    var len = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                    runes.Add(text.Substring(i, len));
                    i += len;
                }
                if (runes.Count == 1)
                {
                    tokens.Add(runes[0]);
                }
                else
                {
                    for (var k = 0; k + 1 < runes.Count; k++) tokens.Add(runes[k] + runes[k + 1]);
                }
                continue;
            }
            if (IsWordChar(c))
            {
                var sb = new StringBuilder();
                while (i < text.Length && IsWordChar(text[i]))
                {
                    if (sb.Length < MaxWordLength) sb.Append(char.ToLowerInvariant(Normalize(text[i])));
                    i++;
                }
                tokens.Add(sb.ToString());
                continue;
            }
            i++;
        }
    }

    /// <summary>True when the query yields at least one token that only a single Chinese character makes (index cannot serve it).</summary>
    public static bool IsSingleHan(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tokens = Tokenize(query);
        return tokens.Count == 1 && tokens[0].Length <= 2 && IsHan(tokens[0], 0) && new StringInfo(tokens[0]).LengthInTextElements == 1;
    }

    private static bool IsHan(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length)
        {
            var cp = char.ConvertToUtf32(c, s[i + 1]);
            return cp is >= 0x20000 and <= 0x3FFFF;
        }
        return c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or '〇';
    }

    // ASCII letters and digits, and their full-width forms (ＡＢ１２ are folded to AB12).
    private static bool IsWordChar(char c) =>
        c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';

    private static char Normalize(char c) => c is >= '０' and <= 'ｚ' ? (char)(c - '０' + '0') : c;
}
