using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.ColumnIdentity;

/// <summary>G2: the column identities (and row identities) of every table not covered by a table-specific rule: B02 合计 = Σ 来源, B05/B08/B09/F05 合计 = 基本 + 项目, F02, F03 …</summary>
public sealed class ColumnIdentityRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = EquationMessages.Sum;

    /// <summary>Tables whose column identities have a DOMAIN id of their own (B-R07, B-R08, B-R15, B-R16, F-R09, F-R19, F-R22).</summary>
    private static readonly HashSet<string> s_owned = new(StringComparer.Ordinal) { "B03", "B04", "B06", "B07", "F04", "F07", "F08", "F09" };

    public override string Id => "G2";

    public override string Title => "表内列关系：合计 = 各组成列之和（模板定义的列、行恒等式）";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.ColumnIdentity;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        foreach (var table in document.Tables)
        {
            if (table.Id is { } id && s_owned.Contains(id.Value)) continue;
            foreach (var eq in IdentityBuilders.ColumnIdentities(table, Id)) yield return eq;
            if (table.Id == TableId.B01 || table.Id == TableId.F01 || table.Id == TableId.B04 || table.Id == TableId.F04) continue;
            foreach (var eq in IdentityBuilders.RowIdentities(table, Id, (_, _) => true)) yield return eq;
        }
    }
}
