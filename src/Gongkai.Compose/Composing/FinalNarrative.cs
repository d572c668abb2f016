using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Compose.Composing;

/// <summary>The final-accounts explanation. TODO(#5): being written.</summary>
internal static class FinalNarrative
{
    public static IReadOnlyList<NarrativeSection> Compose(ComposeContext cx, IReadOnlyList<DisclosureTable> tables) => throw new NotSupportedException("final-9");
}
