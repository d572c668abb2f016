using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Compose.Ledger;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;

namespace Gongkai.Compose.Input;

/// <summary>
/// 填报表模板: writes the fill-in workbook of a template and year: an instructions sheet, the profile, line items with
/// drop-down lists of that year's 功能分类 项 and 部门经济分类 款 (from the embedded catalogue), fund sources and kinds,
/// the previous-year figures with reasons, “三公”/采购/资产, projects and performance targets. Optionally pre-filled
/// with a ledger (the demo data).
/// </summary>
public static class LedgerWorkbookWriter
{
    public static void Write(Stream output, string templateId, int year, BudgetLedger? prefill = null, ICatalogueProvider? catalogues = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var catalogue = (catalogues ?? EmbeddedCatalogueProvider.Default).ForYear(year);
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wbPart = doc.AddWorkbookPart();
        wbPart.Workbook = new Workbook(new Sheets());
        var sheets = wbPart.Workbook.Sheets!;
        uint id = 1;
        void Sheet(string name, IEnumerable<IReadOnlyList<object?>> rows, Action<Worksheet>? extra = null, bool hidden = false)
        {
            var part = wbPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            foreach (var row in rows)
            {
                var xr = new Row { RowIndex = r };
                var c = 0;
                foreach (var v in row)
                {
                    var reference = Column(c) + r.ToString(CultureInfo.InvariantCulture);
                    c++;
                    if (v is null) continue;
                    xr.Append(v is decimal or int
                        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(v, CultureInfo.InvariantCulture)!) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve }) });
                }
                data.Append(xr);
                r++;
            }
            var ws = new Worksheet(data);
            extra?.Invoke(ws);
            part.Worksheet = ws;
            sheets.Append(new Sheet { Id = wbPart.GetIdOfPart(part), SheetId = id++, Name = name, State = hidden ? SheetStateValues.Hidden : null });
        }

        var functions = catalogue.FunctionEntries.Where(e => e.Code.Length == 7 && e.IsValidIn(year)).ToList();
        var economics = catalogue.EconomicEntries(EconomicScheme.Departmental).Where(e => e.Code.Length == 5 && e.IsValidIn(year)).ToList();
        string[] sources = [.. Enum.GetValues<FundSource>().Select(FundSources.Label)];

        Sheet(WorkbookLayout.Instructions, new List<IReadOnlyList<object?>>
        {
            new object?[] { $"{year}年部门（单位）预算公开填报表（模板：{templateId}）" },
            new object?[] { "1. 在“单位信息”填写单位概况与人员；在“预算明细”逐行填写预算，每行一个功能分类项、经济分类款、资金来源和金额。" },
            new object?[] { "2. 金额单位为万元，最多两位小数；请直接填写数字，不要使用公式、合并单元格或在金额格中填写文字。" },
            new object?[] { "3. 功能分类、经济分类和资金来源请从下拉列表选择（列表来自本年度科目目录）。" },
            new object?[] { "4. 基本支出不填项目名称；项目支出必须填写项目名称，并在“项目”与“绩效目标”中填写说明和绩效指标。" },
            new object?[] { "5. 在“上年数及原因”填写上年预算数；本年与上年不同的，请填写主要原因（将原文写入情况说明）。" },
            new object?[] { "6. 请勿改名或删除工作表。填好后运行：gongkai compose 本文件.xlsx --output 输出目录" },
        });

        var l = prefill;
        Sheet(WorkbookLayout.Profile, new List<IReadOnlyList<object?>>
        {
            new object?[] { "项目", "内容" },
            new object?[] { "模板", templateId },
            new object?[] { "年度", year },
            new object?[] { "单位名称", l?.Entity.Name },
            new object?[] { "单位编码", l?.Entity.Code },
            new object?[] { "行政区划", l?.Entity.Region },
            new object?[] { "级次（部门/单位）", l is null ? "单位" : l.Entity.Level == Core.Documents.DocumentLevel.Department ? "部门" : "单位" },
            new object?[] { "单位性质（行政/参公/事业）", l is null ? "行政" : l.Entity.UnitType switch { UnitType.Institution => "事业", UnitType.CivilServiceManaged => "参公", _ => "行政" } },
            new object?[] { "主要职能（每行一条）", l is null ? null : string.Join("\n", l.Entity.Functions) },
            new object?[] { "内设机构（顿号分隔）", l is null ? null : string.Join("、", l.Entity.Offices) },
            new object?[] { "编制数", l?.Staffing.Establishment ?? 0 },
            new object?[] { "在职人数", l?.Staffing.InService ?? 0 },
            new object?[] { "退休人数", l?.Staffing.Retired ?? 0 },
            new object?[] { "离休人数", l?.Staffing.Veteran ?? 0 },
            new object?[] { "车辆数", l?.Staffing.Vehicles ?? 0 },
        });

        var itemRows = new List<IReadOnlyList<object?>> { WorkbookLayout.LineItemHeaders.Cast<object?>().ToArray() };
        foreach (var i in l?.LineItems ?? [])
        {
            itemRows.Add([i.FunctionCode, i.EconomicCode, FundSources.Label(i.Source), i.Kind == ExpenditureKind.Basic ? "基本支出" : "项目支出",
                i.Kind == ExpenditureKind.Basic ? (i.EffectiveCost == CostKind.Personnel ? "人员经费" : "公用经费") : null, i.ProjectName, i.AmountWanYuan, i.UnitCode]);
        }
        const int validRows = 20_000;
        Sheet(WorkbookLayout.LineItems, itemRows, ws =>
        {
            var v = new DataValidations();
            void List(string column, string formula) => v.Append(new DataValidation
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "不在列表中", Error = "请从下拉列表中选择本年度目录中的值。",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{validRows}" },
                Formula1 = new Formula1(formula),
            });
            List("A", $"'{WorkbookLayout.Codes}'!$A$2:$A${functions.Count + 1}");
            List("B", $"'{WorkbookLayout.Codes}'!$C$2:$C${economics.Count + 1}");
            List("C", $"'{WorkbookLayout.Codes}'!$E$2:$E${sources.Length + 1}");
            List("D", "\"基本支出,项目支出\"");
            List("E", "\"人员经费,公用经费\"");
            v.Append(new DataValidation
            {
                Type = DataValidationValues.Decimal, Operator = DataValidationOperatorValues.GreaterThanOrEqual, AllowBlank = true, ShowErrorMessage = true,
                Error = "金额必须是不小于0的数字（万元）。", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"G2:G{validRows}" }, Formula1 = new Formula1("0"),
            });
            v.Count = (uint)v.ChildElements.Count;
            ws.Append(v);
        });

        var priorRows = new List<IReadOnlyList<object?>> { WorkbookLayout.PriorHeaders.Cast<object?>().ToArray() };
        foreach (var p in l?.PriorYear ?? [])
        {
            priorRows.Add([ChangeSubjects.Label(p.Subject), p.AmountWanYuan, l!.Reason(p.Subject)]);
        }
        // Reasons with no 上年数 (决算 vs 年初预算 differences): the amount cell stays empty.
        foreach (var r in (l?.Reasons ?? []).Where(r => !l!.HasPrior(r.Subject)))
        {
            priorRows.Add([ChangeSubjects.Label(r.Subject), null, r.Text]);
        }
        if (l is null)
        {
            foreach (var key in new[] { ChangeSubjects.Income(FundSource.GeneralBudget), ChangeSubjects.Basic, ChangeSubjects.Project, ChangeSubjects.GeneralBasic,
                         ChangeSubjects.GeneralProject, ChangeSubjects.ThreePublic, ChangeSubjects.Abroad, ChangeSubjects.VehiclePurchase,
                         ChangeSubjects.VehicleOperation, ChangeSubjects.Reception, ChangeSubjects.OperatingCosts })
            {
                priorRows.Add([ChangeSubjects.Label(key), 0m, null]);
            }
        }
        Sheet(WorkbookLayout.Prior, priorRows);

        var t = l?.ThreePublic ?? ThreePublicExpenses.None;
        var pr = l?.Procurement ?? Procurement.None;
        var a = l?.Assets ?? StateAssets.None;
        VehicleHolding? Use(string use) => a.Vehicles.FirstOrDefault(v => v.Use == use);
        object?[] values =
        [
            t.AbroadWanYuan, t.VehiclePurchaseWanYuan, t.VehicleOperationWanYuan, t.ReceptionWanYuan, t.MeetingWanYuan, t.TrainingWanYuan,
            pr.GoodsWanYuan, pr.WorksWanYuan, pr.ServicesWanYuan, pr.SmeWanYuan, pr.MicroWanYuan,
            a.BuildingAreaSquareMetres, a.BuildingValueWanYuan, Use("一般公务用车")?.Count ?? 0, Use("一般公务用车")?.ValueWanYuan ?? 0m,
            Use("执法执勤用车")?.Count ?? 0, Use("执法执勤用车")?.ValueWanYuan ?? 0m, a.EquipmentOver50, a.EquipmentOver100, a.PlannedVehicles, a.PlannedEquipment,
        ];
        Sheet(WorkbookLayout.Other, new IReadOnlyList<object?>[] { new object?[] { "项目", "本年数" } }
            .Concat(WorkbookLayout.OtherKeys.Select((k, i) => (IReadOnlyList<object?>)new object?[] { k, values[i] })));

        Sheet(WorkbookLayout.Projects, new IReadOnlyList<object?>[] { WorkbookLayout.ProjectHeaders.Cast<object?>().ToArray() }
            .Concat((l?.Projects ?? []).Select(p => (IReadOnlyList<object?>)new object?[] { p.Name, p.PolicyBasis, p.Content, p.ImplementingUnit, p.Period })));

        Sheet(WorkbookLayout.Targets, new IReadOnlyList<object?>[] { WorkbookLayout.TargetHeaders.Cast<object?>().ToArray() }
            .Concat((l?.PerformanceTargets ?? []).SelectMany(pt => pt.Indicators.Select(i => (IReadOnlyList<object?>)new object?[] { pt.ProjectName, pt.Goal, i.Level1, i.Level2, i.Name, i.Value }))));

        var finalRows = new List<IReadOnlyList<object?>> { WorkbookLayout.FinalHeaders.Cast<object?>().ToArray() };
        foreach (var b in l?.InitialBudget ?? []) finalRows.Add(["年初预算", null, b.Subject.Replace("Item.", "", StringComparison.Ordinal), b.AmountWanYuan, null]);
        if (l?.ThreePublicBudget is { } tb)
        {
            finalRows.Add(["三公年初预算", "因公出国（境）费", null, tb.AbroadWanYuan, null]);
            finalRows.Add(["三公年初预算", "公务用车购置费", null, tb.VehiclePurchaseWanYuan, null]);
            finalRows.Add(["三公年初预算", "公务用车运行费", null, tb.VehicleOperationWanYuan, null]);
            finalRows.Add(["三公年初预算", "公务接待费", null, tb.ReceptionWanYuan, null]);
        }
        foreach (var b in l?.Balances ?? []) finalRows.Add(["结转结余", FundSources.Label(b.Source), b.FunctionCode, b.OpeningWanYuan, b.ClosingWanYuan]);
        if (templateId.StartsWith("final", StringComparison.Ordinal)) Sheet(WorkbookLayout.Final, finalRows);

        var codeRows = new List<IReadOnlyList<object?>> { new object?[] { "功能分类项编码", "名称", "经济分类款编码", "名称", "资金来源" } };
        var n = Math.Max(functions.Count, Math.Max(economics.Count, sources.Length));
        for (var i = 0; i < n; i++)
        {
            codeRows.Add([
                i < functions.Count ? functions[i].Code : null, i < functions.Count ? functions[i].Name : null,
                i < economics.Count ? economics[i].Code : null, i < economics.Count ? economics[i].Name : null,
                i < sources.Length ? sources[i] : null]);
        }
        Sheet(WorkbookLayout.Codes, codeRows, hidden: false);
        wbPart.Workbook.Save();
    }

    internal static string Column(int index)
    {
        var s = "";
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            s = (char)('A' + m) + s;
            index = (index - m - 1) / 26;
        }
        return s;
    }
}
