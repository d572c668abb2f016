using Gongkai.Core.Tables;

namespace Gongkai.Compose.Composing;

/// <summary>The final-accounts tables F01–F09. TODO(#5): being written; final-9 is not yet in SupportedTemplates.</summary>
internal static class FinalTables
{
    public static IReadOnlyList<DisclosureTable> Compose(ComposeContext cx) => throw new NotSupportedException("final-9");
}
