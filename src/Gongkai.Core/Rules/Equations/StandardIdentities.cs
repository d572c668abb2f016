using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Equations;

// Inside the namespace: Gongkai.Core.Rules.ColumnIdentity (a folder namespace) would otherwise hide the template type.
using Gongkai.Core.Templates;

/// <summary>
/// The identities a table is checked with: those of its template definition, or, when the template states none,
/// the standard ones of DOMAIN.md §6 for its canonical id. A standard identity is used only when every value
/// column of the table takes part in it (an unrecognised extra column, e.g. 上缴上级支出 without a key, means the
/// table's 合计 may include more than the standard addends, so the default does not apply).
/// </summary>
internal static class StandardIdentities
{
    private static readonly ColumnKey[] s_incomeSources =
    [
        ColumnKey.PriorYearCarryover, ColumnKey.FiscalSubtotal, ColumnKey.GeneralBudget, ColumnKey.GovFund, ColumnKey.StateCapital,
        ColumnKey.SpecialAccount, ColumnKey.BusinessIncome, ColumnKey.OperatingIncome, ColumnKey.SuperiorSubsidy,
        ColumnKey.AffiliatedRemittance, ColumnKey.OtherIncome, ColumnKey.UnitFunds, ColumnKey.BusinessFundMakeUp,
    ];

    public static IReadOnlyList<ColumnIdentity> ColumnIdentities(DisclosureTable table)
    {
        if (table.Definition is { ColumnIdentities.Count: > 0 } def) return def.ColumnIdentities;
        if (table.Id is not { } id) return [];
        var keys = table.Columns.Select(c => c.Key).ToList();
        if (keys.Any(k => k is null)) return [];
        var present = keys.Select(k => k!.Value).ToHashSet();
        var list = new List<ColumnIdentity>();

        void AddIfCovers(ColumnIdentity identity, IEnumerable<ColumnKey> alsoAllowed)
        {
            var involved = identity.Addends.Append(identity.Target).ToHashSet();
            if (!involved.All(present.Contains)) return;
            var allowed = involved.Concat(alsoAllowed).ToHashSet();
            if (present.All(allowed.Contains)) list.Add(identity);
        }

        switch (id.Value)
        {
            case "B03" or "B05" or "B08" or "B09" or "F05" or "B19":
            {
                if (present.Contains(ColumnKey.Basic))
                {
                    AddIfCovers(new(ColumnKey.Total, [ColumnKey.Basic, ColumnKey.Project]), [ColumnKey.Personnel, ColumnKey.Public]);
                    AddIfCovers(new(ColumnKey.Basic, [ColumnKey.Personnel, ColumnKey.Public]), [ColumnKey.Total, ColumnKey.Project]);
                }
                else
                {
                    AddIfCovers(new(ColumnKey.Total, [ColumnKey.Personnel, ColumnKey.Public, ColumnKey.Project]), []);
                    AddIfCovers(new(ColumnKey.Total, [ColumnKey.Personnel, ColumnKey.Public]), []);
                }
                break;
            }
            case "F03":
                AddIfCovers(new(ColumnKey.Total, [.. keys.Select(k => k!.Value).Where(k => k != ColumnKey.Total).Distinct()]), []);
                break;
            case "B06" or "F06":
                AddIfCovers(new(ColumnKey.Total, [ColumnKey.Personnel, ColumnKey.Public]), []);
                break;
            case "B07" or "F07":
            {
                ColumnKey[] vehicle = [ColumnKey.VehicleSubtotal, ColumnKey.VehiclePurchase, ColumnKey.VehicleOperation];
                if (present.Contains(ColumnKey.VehicleSubtotal))
                {
                    AddIfCovers(new(ColumnKey.Total, [ColumnKey.Abroad, ColumnKey.VehicleSubtotal, ColumnKey.Reception]),
                        [ColumnKey.VehiclePurchase, ColumnKey.VehicleOperation]);
                }
                else
                {
                    AddIfCovers(new(ColumnKey.Total, [ColumnKey.Abroad, ColumnKey.VehiclePurchase, ColumnKey.VehicleOperation, ColumnKey.Reception]), []);
                }
                AddIfCovers(new(ColumnKey.VehicleSubtotal, [ColumnKey.VehiclePurchase, ColumnKey.VehicleOperation]),
                    [ColumnKey.Total, ColumnKey.Abroad, ColumnKey.Reception, .. vehicle]);
                break;
            }
            case "B02" or "F02":
            {
                // 合计 = Σ sources; with a 财政拨款 subtotal column, 财政拨款 = 一般公共 + 基金 + 国资 and 合计 counts the
                // subtotal instead of its parts. 单位资金's composition varies by region: no default then.
                if (present.Contains(ColumnKey.UnitFunds) || !present.Contains(ColumnKey.Total)) break;
                ColumnKey[] parts = [ColumnKey.GeneralBudget, ColumnKey.GovFund, ColumnKey.StateCapital];
                var fiscalParts = parts.Where(present.Contains).ToList();
                if (present.Contains(ColumnKey.FiscalSubtotal) && fiscalParts.Count > 0)
                {
                    list.Add(new(ColumnKey.FiscalSubtotal, fiscalParts));
                    AddIfCovers(new(ColumnKey.Total, [.. s_incomeSources.Where(k => present.Contains(k) && !parts.Contains(k))]), parts);
                }
                else
                {
                    AddIfCovers(new(ColumnKey.Total, [.. s_incomeSources.Where(present.Contains)]), []);
                }
                break;
            }
            case "B04" or "F04":
            {
                var exp = table.Columns.Where(c => c.Side == TableSide.Expenditure && c.Key is not null).Select(c => c.Key!.Value).ToHashSet();
                ColumnKey[] funds = [ColumnKey.GeneralBudget, ColumnKey.GovFund, ColumnKey.StateCapital];
                if (exp.Contains(ColumnKey.Total) && funds.Any(exp.Contains) && exp.All(k => k == ColumnKey.Total || funds.Contains(k)))
                {
                    list.Add(new(ColumnKey.Total, [.. funds.Where(exp.Contains)], TableSide.Expenditure));
                }
                break;
            }
            case "F08" or "F09":
                AddIfCovers(new(ColumnKey.Total, [ColumnKey.Basic, ColumnKey.Project]),
                    [ColumnKey.OpeningBalance, ColumnKey.CurrentYearIncome, ColumnKey.ClosingBalance]);
                break;
        }
        return list;
    }

    public static IReadOnlyList<RowIdentity> RowIdentities(DisclosureTable table)
    {
        if (table.Definition is { RowIdentities.Count: > 0 } def) return def.RowIdentities;
        if (table.Id is not { } id) return [];
        return id.Value switch
        {
            "B01" =>
            [
                new(SummaryRowKeys.FiscalAppropriation, [SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital]),
                new(SummaryRowKeys.IncomeGrandTotal, [SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.PriorYearCarryover, SummaryRowKeys.BusinessFundMakeUp]),
                new(SummaryRowKeys.ExpenditureGrandTotal, [SummaryRowKeys.CurrentYearExpenditureTotal, SummaryRowKeys.CarryForward]),
            ],
            "B04" =>
            [
                new(SummaryRowKeys.CurrentYearIncomeTotal, [SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital]),
                new(SummaryRowKeys.IncomeGrandTotal, [SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.PriorYearCarryover]),
                new(SummaryRowKeys.ExpenditureGrandTotal, [SummaryRowKeys.CurrentYearExpenditureTotal, SummaryRowKeys.CarryForward]),
            ],
            "F01" =>
            [
                new(SummaryRowKeys.CurrentYearIncomeTotal,
                [
                    SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital, SummaryRowKeys.SuperiorSubsidy,
                    SummaryRowKeys.BusinessIncome, SummaryRowKeys.OperatingIncome, SummaryRowKeys.AffiliatedRemittance, SummaryRowKeys.OtherIncome,
                ]),
                new(SummaryRowKeys.IncomeGrandTotal, [SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.UseOfNonFiscalBalance, SummaryRowKeys.OpeningBalance]),
                new(SummaryRowKeys.ExpenditureGrandTotal, [SummaryRowKeys.CurrentYearExpenditureTotal, SummaryRowKeys.BalanceDistribution, SummaryRowKeys.ClosingBalance]),
            ],
            "F04" =>
            [
                new(SummaryRowKeys.CurrentYearIncomeTotal, [SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital]),
                new(SummaryRowKeys.IncomeGrandTotal, [SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.OpeningBalance]),
                new(SummaryRowKeys.ExpenditureGrandTotal, [SummaryRowKeys.CurrentYearExpenditureTotal, SummaryRowKeys.ClosingBalance]),
            ],
            _ => [],
        };
    }
}
