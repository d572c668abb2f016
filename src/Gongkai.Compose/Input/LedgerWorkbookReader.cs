using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Compose.Checks;
using Gongkai.Compose.Ledger;
using Gongkai.Core.Documents;

namespace Gongkai.Compose.Input;

/// <summary>
/// 读取填报表: reads the fill-in workbook into a ledger. Every problem is an issue with its sheet, row and column:
/// missing or renamed sheets, merged cells, formulas (the cached value is used, with a warning), text in amount
/// cells, unknown fund sources or kinds; a corrupt or non-XLSX file is one error. Never throws on bad input.
/// </summary>
public static class LedgerWorkbookReader
{
    private const int MaxRows = 200_000;

    public static LedgerReadResult Read(Stream input, string name)
    {
        ArgumentNullException.ThrowIfNull(input);
        var issues = new List<LedgerIssue>();
        try
        {
            using var doc = SpreadsheetDocument.Open(input, false);
            var wb = doc.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var shared = wb.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var sheets = wb.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            Dictionary<string, List<Dictionary<int, string>>> data = new(StringComparer.Ordinal);
            foreach (var sheet in sheets)
            {
                var sheetName = sheet.Name?.Value ?? "";
                if (sheet.Id?.Value is not { } rid || wb.GetPartById(rid) is not WorksheetPart part) continue;
                if (part.Worksheet.Elements<MergeCells>().FirstOrDefault() is { } merges && sheetName is not WorkbookLayout.Instructions and not WorkbookLayout.Codes)
                {
                    foreach (var m in merges.Elements<MergeCell>())
                    {
                        var first = (m.Reference?.Value ?? "").Split(':')[0];
                        issues.Add(new LedgerIssue("INPUT-MERGED", Severity.Error, $"单元格 {m.Reference?.Value} 被合并，请取消合并后逐格填写。") { Location = Locate(sheetName, first) });
                    }
                }
                var rows = new List<Dictionary<int, string>>();
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                    if (index > MaxRows) break;
                    while (rows.Count < index) rows.Add([]);
                    var cells = rows[index - 1];
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var reference = cell.CellReference?.Value ?? "";
                        var col = ColumnIndex(reference);
                        if (col < 0) continue;
                        if (cell.CellFormula is not null)
                        {
                            issues.Add(new LedgerIssue("INPUT-FORMULA", Severity.Warning, "单元格含公式，已按其计算结果读取；请改为直接填写数值。") { Location = Locate(sheetName, reference) });
                            if (cell.CellValue is null)
                            {
                                issues.Add(new LedgerIssue("INPUT-FORMULA-NO-VALUE", Severity.Error, "单元格含公式但没有保存计算结果，请改为直接填写数值。") { Location = Locate(sheetName, reference) });
                                continue;
                            }
                        }
                        cells[col] = CellText(cell, shared);
                    }
                }
                data[sheetName] = rows;
            }
            foreach (var required in WorkbookLayout.Required.Where(r => !data.ContainsKey(r)))
            {
                issues.Add(new LedgerIssue("INPUT-SHEET-MISSING", Severity.Error,
                    $"缺少工作表“{required}”（现有：{string.Join("、", data.Keys)}）。请勿改名或删除填报表中的工作表。") { Location = new CellLocation(required, 0) });
            }
            if (issues.Any(i => i.Code == "INPUT-SHEET-MISSING")) return new LedgerReadResult(null, issues);
            return new LedgerReadResult(Build(data, issues), issues);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FormatException or InvalidOperationException)
        {
            issues.Add(new LedgerIssue("INPUT-CORRUPT", Severity.Error, $"文件“{name}”不是有效的 XLSX 工作簿或已损坏：{ex.Message}"));
            return new LedgerReadResult(null, issues);
        }
    }

    private static BudgetLedger Build(Dictionary<string, List<Dictionary<int, string>>> data, List<LedgerIssue> issues)
    {
        void Issue(string code, Severity severity, string message, string sheet, int row, int col) =>
            issues.Add(new LedgerIssue(code, severity, message) { Location = new CellLocation(sheet, row, LedgerWorkbookWriter.Column(col)) });

        // Key-value sheets: column A label, column B value.
        Dictionary<string, (string Value, int Row)> KeyValues(string sheet)
        {
            var map = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
            if (!data.TryGetValue(sheet, out var rows)) return map;
            for (var r = 1; r < rows.Count; r++)
            {
                if (rows[r].TryGetValue(0, out var k) && k.Trim().Length > 0) map[k.Trim()] = (rows[r].GetValueOrDefault(1, "").Trim(), r + 1);
            }
            return map;
        }
        decimal Amount(string sheet, int row, int col, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return 0m;
            var t = text.Trim().Replace(",", "", StringComparison.Ordinal);
            if (decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) return v;
            Issue("INPUT-NOT-A-NUMBER", Severity.Error, $"金额单元格中是文字“{text.Trim()}”，应填写数字（万元）。", sheet, row, col);
            return 0m;
        }
        int Count(string sheet, int row, string? text)
        {
            var v = Amount(sheet, row, 1, text);
            if (v != decimal.Truncate(v)) Issue("INPUT-NOT-INTEGER", Severity.Error, $"人数、辆数、台套数应为整数，填写的是 {text}。", sheet, row, 1);
            return (int)Math.Clamp(decimal.Truncate(v), 0, int.MaxValue);
        }

        var p = KeyValues(WorkbookLayout.Profile);
        string V(string key) => p.TryGetValue(key, out var x) ? x.Value : "";
        int N(string key) => p.TryGetValue(key, out var x) ? Count(WorkbookLayout.Profile, x.Row, x.Value) : 0;
        var yearText = V("年度");
        if (!int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
        {
            issues.Add(new LedgerIssue("INPUT-YEAR", Severity.Error, $"年度“{yearText}”不是四位数字年份。") { Location = new CellLocation(WorkbookLayout.Profile, p.TryGetValue("年度", out var yr) ? yr.Row : 0, "B") });
        }
        var entity = new EntityProfile
        {
            Name = V("单位名称"),
            Code = V("单位编码") is { Length: > 0 } c ? c : null,
            Region = V("行政区划") is { Length: > 0 } rg ? rg : null,
            Level = V("级次（部门/单位）") == "部门" ? DocumentLevel.Department : DocumentLevel.Unit,
            UnitType = V("单位性质（行政/参公/事业）") switch { "事业" => UnitType.Institution, "参公" => UnitType.CivilServiceManaged, _ => UnitType.Administrative },
            Functions = V("主要职能（每行一条）").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Offices = V("内设机构（顿号分隔）").Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        var staffing = new Staffing { Establishment = N("编制数"), InService = N("在职人数"), Retired = N("退休人数"), Veteran = N("离休人数"), Vehicles = N("车辆数") };

        // 预算明细
        var items = new List<LineItem>();
        var rows = data[WorkbookLayout.LineItems];
        if (rows.Count > 0)
        {
            var header = rows[0];
            for (var i = 0; i < WorkbookLayout.LineItemHeaders.Count; i++)
            {
                if (header.GetValueOrDefault(i, "").Trim() != WorkbookLayout.LineItemHeaders[i])
                    Issue("INPUT-HEADER", Severity.Error, $"表头应为“{WorkbookLayout.LineItemHeaders[i]}”，现为“{header.GetValueOrDefault(i, "")}”。请勿改动或移动列。", WorkbookLayout.LineItems, 1, i);
            }
        }
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Values.All(string.IsNullOrWhiteSpace)) continue;
            var n = r + 1;
            string Cell(int col) => row.GetValueOrDefault(col, "").Trim();
            var source = FundSources.Parse(Cell(2));
            if (source is null) Issue("INPUT-SOURCE", Severity.Error, $"资金来源“{Cell(2)}”不可识别，请从下拉列表选择。", WorkbookLayout.LineItems, n, 2);
            ExpenditureKind? kind = Cell(3) switch { "基本支出" or "基本" => ExpenditureKind.Basic, "项目支出" or "项目" => ExpenditureKind.Project, _ => null };
            if (kind is null) Issue("INPUT-KIND", Severity.Error, $"支出类型“{Cell(3)}”应为“基本支出”或“项目支出”。", WorkbookLayout.LineItems, n, 3);
            CostKind? cost = Cell(4) switch { "人员经费" or "人员" => CostKind.Personnel, "公用经费" or "公用" => CostKind.Public, _ => null };
            items.Add(new LineItem
            {
                FunctionCode = Cell(0),
                EconomicCode = Cell(1),
                Source = source ?? FundSource.GeneralBudget,
                Kind = kind ?? ExpenditureKind.Basic,
                Cost = cost,
                ProjectName = Cell(5) is { Length: > 0 } pn ? pn : null,
                AmountWanYuan = Amount(WorkbookLayout.LineItems, n, 6, Cell(6)),
                UnitCode = Cell(7) is { Length: > 0 } u ? u : null,
                Location = new CellLocation(WorkbookLayout.LineItems, n),
            });
        }

        // 上年数及原因
        var prior = new List<PriorYearFigure>();
        var reasons = new List<ChangeReason>();
        if (data.TryGetValue(WorkbookLayout.Prior, out var priorRows))
        {
            for (var r = 1; r < priorRows.Count; r++)
            {
                var row = priorRows[r];
                var label = row.GetValueOrDefault(0, "").Trim();
                if (label.Length == 0) continue;
                var key = ChangeSubjects.FromLabel(label);
                var at = new CellLocation(WorkbookLayout.Prior, r + 1, "A");
                if (key is null)
                {
                    issues.Add(new LedgerIssue("INPUT-SUBJECT", Severity.Warning, $"比较项目“{label}”不可识别，已忽略。") { Location = at });
                    continue;
                }
                if (!string.IsNullOrWhiteSpace(row.GetValueOrDefault(1)))
                {
                    prior.Add(new PriorYearFigure(key, Amount(WorkbookLayout.Prior, r + 1, 1, row.GetValueOrDefault(1))) { Location = at });
                }
                if (row.GetValueOrDefault(2, "").Trim() is { Length: > 0 } reason) reasons.Add(new ChangeReason(key, reason) { Location = at });
            }
        }

        var o = KeyValues(WorkbookLayout.Other);
        decimal A(string key) => o.TryGetValue(key, out var x) ? Amount(WorkbookLayout.Other, x.Row, 1, x.Value) : 0m;
        int C(string key) => o.TryGetValue(key, out var x) ? Count(WorkbookLayout.Other, x.Row, x.Value) : 0;
        var otherAt = new CellLocation(WorkbookLayout.Other, 2);
        var vehicles = new List<VehicleHolding>();
        if (C("一般公务用车（辆）") > 0) vehicles.Add(new VehicleHolding("一般公务用车", C("一般公务用车（辆）"), A("一般公务用车价值（万元）")));
        if (C("执法执勤用车（辆）") > 0) vehicles.Add(new VehicleHolding("执法执勤用车", C("执法执勤用车（辆）"), A("执法执勤用车价值（万元）")));

        var projects = new List<ProjectInfo>();
        if (data.TryGetValue(WorkbookLayout.Projects, out var projectRows))
        {
            for (var r = 1; r < projectRows.Count; r++)
            {
                var row = projectRows[r];
                string Cell(int col) => row.GetValueOrDefault(col, "").Trim();
                if (Cell(0).Length == 0) continue;
                projects.Add(new ProjectInfo
                {
                    Name = Cell(0), PolicyBasis = Nullable(Cell(1)), Content = Nullable(Cell(2)), ImplementingUnit = Nullable(Cell(3)), Period = Nullable(Cell(4)),
                    Location = new CellLocation(WorkbookLayout.Projects, r + 1),
                });
            }
        }
        var targets = new List<PerformanceTarget>();
        if (data.TryGetValue(WorkbookLayout.Targets, out var targetRows))
        {
            foreach (var g in targetRows.Skip(1).Select((row, i) => (row, n: i + 2)).Where(x => x.row.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
                         .GroupBy(x => x.row.GetValueOrDefault(0, "").Trim()))
            {
                var first = g.First();
                targets.Add(new PerformanceTarget
                {
                    ProjectName = g.Key.Length == 0 ? null : g.Key,
                    Goal = g.Select(x => x.row.GetValueOrDefault(1, "").Trim()).FirstOrDefault(t => t.Length > 0) ?? "",
                    Indicators = g.Select(x => new PerformanceIndicatorTarget(x.row.GetValueOrDefault(2, "").Trim(), x.row.GetValueOrDefault(3, "").Trim(),
                        x.row.GetValueOrDefault(4, "").Trim(), x.row.GetValueOrDefault(5, "").Trim())).ToList(),
                    Location = new CellLocation(WorkbookLayout.Targets, first.n),
                });
            }
        }

        var initial = new List<PriorYearFigure>();
        var balances = new List<FundBalance>();
        ThreePublicExpenses? threeBudget = null;
        if (data.TryGetValue(WorkbookLayout.Final, out var finalRows))
        {
            for (var r = 1; r < finalRows.Count; r++)
            {
                var row = finalRows[r];
                string Cell(int col) => row.GetValueOrDefault(col, "").Trim();
                var at = new CellLocation(WorkbookLayout.Final, r + 1);
                switch (Cell(0))
                {
                    case "":
                        break;
                    case "年初预算":
                        initial.Add(new PriorYearFigure(ChangeSubjects.Item(Cell(2)), Amount(WorkbookLayout.Final, r + 1, 3, Cell(3))) { Location = at });
                        break;
                    case "三公年初预算":
                        threeBudget ??= new ThreePublicExpenses { Location = at };
                        var v = Amount(WorkbookLayout.Final, r + 1, 3, Cell(3));
                        threeBudget = Cell(1) switch
                        {
                            "因公出国（境）费" => threeBudget with { AbroadWanYuan = v },
                            "公务用车购置费" => threeBudget with { VehiclePurchaseWanYuan = v },
                            "公务用车运行费" => threeBudget with { VehicleOperationWanYuan = v },
                            "公务接待费" => threeBudget with { ReceptionWanYuan = v },
                            _ => threeBudget,
                        };
                        break;
                    case "结转结余":
                        if (FundSources.Parse(Cell(1)) is { } source)
                        {
                            balances.Add(new FundBalance(source, Cell(2), Amount(WorkbookLayout.Final, r + 1, 3, Cell(3)), Amount(WorkbookLayout.Final, r + 1, 4, Cell(4))) { Location = at });
                        }
                        else
                        {
                            Issue("INPUT-SOURCE", Severity.Error, $"资金来源“{Cell(1)}”不可识别。", WorkbookLayout.Final, r + 1, 1);
                        }
                        break;
                    default:
                        Issue("INPUT-FINAL-KIND", Severity.Error, $"类别“{Cell(0)}”应为“年初预算”“三公年初预算”或“结转结余”。", WorkbookLayout.Final, r + 1, 0);
                        break;
                }
            }
        }

        return new BudgetLedger
        {
            InitialBudget = initial,
            Balances = balances,
            ThreePublicBudget = threeBudget,
            TemplateId = V("模板"),
            Year = year,
            Entity = entity,
            Staffing = staffing,
            LineItems = items,
            PriorYear = prior,
            Reasons = reasons,
            ThreePublic = new ThreePublicExpenses
            {
                AbroadWanYuan = A("因公出国（境）费"), VehiclePurchaseWanYuan = A("公务用车购置费"), VehicleOperationWanYuan = A("公务用车运行费"),
                ReceptionWanYuan = A("公务接待费"), MeetingWanYuan = A("会议费"), TrainingWanYuan = A("培训费"), Location = otherAt,
            },
            Procurement = new Procurement
            {
                GoodsWanYuan = A("政府采购货物"), WorksWanYuan = A("政府采购工程"), ServicesWanYuan = A("政府采购服务"),
                SmeWanYuan = A("面向中小企业"), MicroWanYuan = A("其中：面向小微企业"), Location = otherAt,
            },
            Assets = new StateAssets
            {
                BuildingAreaSquareMetres = A("房屋面积（平方米）"), BuildingValueWanYuan = A("房屋价值（万元）"), Vehicles = vehicles,
                EquipmentOver50 = C("单价50万元以上设备（台套）"), EquipmentOver100 = C("单价100万元以上设备（台套）"),
                PlannedVehicles = C("本年拟购置车辆（辆）"), PlannedEquipment = C("本年拟购置设备（台套）"),
            },
            Projects = projects,
            PerformanceTargets = targets,
        };
    }

    private static string? Nullable(string s) => s.Length == 0 ? null : s;

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
            return i >= 0 && i < shared.Count ? shared[i] : "";
        return raw;
    }

    private static CellLocation Locate(string sheet, string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
        var digits = reference[letters.Length..];
        return new CellLocation(sheet, int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : 0, letters.Length > 0 ? letters : null);
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        var any = false;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetterUpper(ch)) break;
            n = n * 26 + (ch - 'A' + 1);
            any = true;
        }
        return any ? n - 1 : -1;
    }
}
