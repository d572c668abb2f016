using Gongkai.Core.Rules.Classification;
using Gongkai.Core.Rules.Narrative;

namespace Gongkai.Core.Rules;

/// <summary>The rules <c>check</c> runs, in order. Every rule class must be listed here (a test enforces it).</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        // 表内: roll-ups and line identities (RowSum)
        new RowSum.RowHierarchyRule(),
        new RowSum.BudgetIncomeEqualsExpenditureRule(),
        new RowSum.BudgetIncomeLinesRule(),
        new RowSum.BudgetExpenditureLinesRule(),
        new RowSum.FinalIncomeLinesRule(),
        new RowSum.FinalExpenditureLinesRule(),
        new RowSum.FinalIncomeGrandTotalRule(),
        new RowSum.FinalExpenditureGrandTotalRule(),
        new RowSum.FinalIncomeEqualsExpenditureRule(),
        new RowSum.FinalFiscalIncomeLinesRule(),
        new RowSum.FinalFiscalGrandTotalsRule(),
        new RowSum.FinalBasicEconomicSplitRule(),
        // 表内: column identities
        new ColumnIdentity.ColumnIdentityRule(),
        new ColumnIdentity.ExpenditureBasicProjectRule(),
        new ColumnIdentity.FiscalSummaryRule(),
        new ColumnIdentity.BasicExpenditureEconomicRule(),
        new ColumnIdentity.ThreePublicSumRule(),
        new ColumnIdentity.FinalFiscalByFundRule(),
        new ColumnIdentity.FinalThreePublicSumRule(),
        new ColumnIdentity.FinalFundBalanceRule(),
        // 表间
        new CrossTable.BudgetIncomeSourcesMatchRule(),
        new CrossTable.BudgetClassesMatchExpenditureRule(),
        new CrossTable.BudgetIncomeMatchesExpenditureByFunctionRule(),
        new CrossTable.FiscalIncomeMatchesSummaryRule(),
        new CrossTable.FiscalTotalWithinSummaryRule(),
        new CrossTable.GeneralBudgetMatchesFiscalSummaryRule(),
        new CrossTable.FundsMatchFiscalSummaryRule(),
        new CrossTable.GeneralBudgetWithinExpenditureRule(),
        new CrossTable.BasicExpenditureMatchesEconomicRule(),
        new CrossTable.ThreePublicCoversBasicRule(),
        new CrossTable.ProjectListMatchesProjectExpenditureRule(),
        new CrossTable.FinalIncomeMatchesSummaryRule(),
        new CrossTable.FinalExpenditureMatchesSummaryRule(),
        new CrossTable.FinalFiscalIncomeMatchesRule(),
        new CrossTable.FinalFiscalWithinSummaryRule(),
        new CrossTable.FinalGeneralBudgetMatchesRule(),
        new CrossTable.FinalFundsMatchRule(),
        new CrossTable.FinalGeneralBudgetWithinExpenditureRule(),
        new CrossTable.FinalBasicMatchesEconomicRule(),
        new CrossTable.FinalThreePublicCoversBasicRule(),
        // 数值
        new Values.NegativeValuesRule(),
        // 完整性
        new Completeness.ZeroGrandTotalRule(),
        new Completeness.EmptyTableConsistencyRule(),
        new Completeness.RequiredTablesRule(),
        new Completeness.EmptyTableReasonInContentsRule(),
        new Completeness.DetailLevelRule(),
        new Completeness.RequiredChaptersRule(),
        // 科目编码
        new UnknownCodeRule(),
        new NameMismatchRule(),
        new HierarchyRule(),
        new EconomicMappingRule(),
        // 文字说明
        new ChangeRateRule(),
        new ShareRule(),
        new SelfContradictionRule(),
        new TableAmountRule(),
        new ThreePublicTextSumRule(),
        new ProcurementSumRule(),
        new VarianceRateRule(),
        new CompletionRateRule(),
        new StaffingRule(),
        new ProjectDescriptionAmountRule(),
        new YearTypoRule(),
        // 绩效
        new Performance.SelfEvaluationScoreRule(),
        new Performance.ExecutionRateRule(),
        new Performance.FundSourcesRule(),
        new Performance.ProjectAmountRule(),
        new Performance.IndicatorCoverageRule(),
        new Performance.CostArithmeticRule(),
        new Performance.DeviationAndGradeRule(),
    ];
}
