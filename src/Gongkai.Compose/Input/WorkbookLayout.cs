namespace Gongkai.Compose.Input;

/// <summary>Sheet names and column headers of the fill-in workbook (填报表), shared by the writer and the reader.</summary>
public static class WorkbookLayout
{
    public const string Instructions = "填报说明";
    public const string Profile = "单位信息";
    public const string LineItems = "预算明细";
    public const string Prior = "上年数及原因";
    public const string Other = "三公采购资产";
    public const string Projects = "项目";
    public const string Targets = "绩效目标";
    public const string Codes = "代码表";
    public const string Final = "决算补充";

    /// <summary>决算补充: one row per figure; kind 年初预算 (项 code), 三公年初预算 (item), 结转结余 (source, 项 code, 年初, 年末).</summary>
    public static readonly IReadOnlyList<string> FinalHeaders = ["类别", "资金来源或项目", "功能分类科目编码（项）", "年初数/年初预算（万元）", "年末数（万元）"];

    /// <summary>Sheets the reader needs (the rest are optional).</summary>
    public static readonly IReadOnlyList<string> Required = [Profile, LineItems];

    public static readonly IReadOnlyList<string> LineItemHeaders =
        ["功能分类科目编码（项）", "经济分类科目编码（款）", "资金来源", "支出类型", "人员/公用", "项目名称", "金额（万元）", "所属单位编码"];

    public static readonly IReadOnlyList<string> PriorHeaders = ["比较项目", "上年数（万元）", "主要原因"];

    public static readonly IReadOnlyList<string> ProjectHeaders = ["项目名称", "设立的政策依据", "资金分配情况", "项目承担单位", "资金执行时间"];

    public static readonly IReadOnlyList<string> TargetHeaders = ["项目名称（整体支出留空）", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"];

    public static readonly IReadOnlyList<string> ProfileKeys =
        ["模板", "年度", "单位名称", "单位编码", "行政区划", "级次（部门/单位）", "单位性质（行政/参公/事业）", "主要职能（每行一条）", "内设机构（顿号分隔）",
         "编制数", "在职人数", "退休人数", "离休人数", "车辆数"];

    public static readonly IReadOnlyList<string> OtherKeys =
        ["因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费", "会议费", "培训费",
         "政府采购货物", "政府采购工程", "政府采购服务", "面向中小企业", "其中：面向小微企业",
         "房屋面积（平方米）", "房屋价值（万元）", "一般公务用车（辆）", "一般公务用车价值（万元）", "执法执勤用车（辆）", "执法执勤用车价值（万元）",
         "单价50万元以上设备（台套）", "单价100万元以上设备（台套）", "本年拟购置车辆（辆）", "本年拟购置设备（台套）"];
}
