//! Words of the Excel (.xlsx) workbook and of reading one: sheet names,
//! column headers, the title lines, what import says about a workbook, and
//! the Data view's .xlsx buttons.

use super::Lang;

/// Strings of the .xlsx export and import.
#[derive(Debug)]
pub struct XlsxMsgs {
    /// Name of the ledger sheet.
    pub sheet_ledger: &'static str,
    /// Name of the figures sheet.
    pub sheet_figures: &'static str,
    /// Headers of the ledger sheet: row number, date, activity, targets it
    /// counts toward, quantity, people, lead unit, notes, evidence.
    pub ledger_headers: [&'static str; 9],
    /// Headers of the figures sheet: section, target, kind, goal, actual,
    /// completion, 序时进度, status.
    pub figure_headers: [&'static str; 8],
    /// Title line of the ledger sheet: unit (may be empty), plan title,
    /// as-of date.
    pub ledger_title: fn(&str, &str, &str) -> String,
    /// Title line of the figures sheet: unit, plan title, as-of date, plan
    /// 序时进度, plan completion.
    pub figures_title: fn(&str, &str, &str, &str, &str) -> String,
    /// The actual figure of a milestone not done yet.
    pub not_done: &'static str,

    /// Button: export the .xlsx workbook.
    pub export_xlsx: &'static str,
    /// What the .xlsx export holds.
    pub export_xlsx_hint: &'static str,
    /// Button: import a ledger from .xlsx.
    pub import_xlsx: &'static str,
    /// What .xlsx import does.
    pub import_xlsx_hint: &'static str,
    /// Heading of what import noticed about the workbook.
    pub notes_title: &'static str,
    /// Label before the sheet read, in the notes.
    pub sheet_read: fn(&str, usize) -> String,
}

/// 中文.
pub const ZH: XlsxMsgs = XlsxMsgs {
    sheet_ledger: "台账",
    sheet_figures: "指标进度",
    ledger_headers: [
        "序号",
        "日期",
        "事项",
        "计入指标",
        "数量",
        "人员",
        "牵头处室",
        "备注",
        "佐证材料",
    ],
    figure_headers: [
        "部分",
        "指标",
        "类型",
        "目标",
        "实际",
        "完成率",
        "序时进度",
        "状态",
    ],
    ledger_title: |unit, plan, as_of| format!("{unit}{plan} 工作台账（截至 {as_of}）"),
    figures_title: |unit, plan, as_of, time, done| {
        format!("{unit}{plan} 指标进度（截至 {as_of}，序时进度 {time}，总体完成率 {done}）")
    },
    not_done: "未完成",
    export_xlsx: "导出 Excel 工作簿（.xlsx）",
    export_xlsx_hint:
        "一个 .xlsx 文件，含“台账”和“指标进度”两张表：日期为 Excel 日期，百分比为数值，状态以颜色标出。可用 Excel 或 WPS 打开。",
    import_xlsx: "从 Excel 导入台账（.xlsx）",
    import_xlsx_hint: "读取 .xlsx 中的台账表，列与 CSV 导入相同；导入前先预览，确认后才写入。",
    notes_title: "读取工作簿时注意到",
    sheet_read: |sheet, row| format!("读取工作表“{sheet}”，表头在第 {row} 行。"),
};

/// English.
pub const EN: XlsxMsgs = XlsxMsgs {
    sheet_ledger: "Ledger",
    sheet_figures: "Progress",
    ledger_headers: [
        "No.",
        "Date",
        "Activity",
        "Counts toward",
        "Quantity",
        "People",
        "Lead unit",
        "Notes",
        "Evidence",
    ],
    figure_headers: [
        "Section",
        "Target",
        "Kind",
        "Goal",
        "Actual",
        "Completion",
        "Time progress",
        "Status",
    ],
    ledger_title: |unit, plan, as_of| format!("{unit}{plan}: ledger as of {as_of}"),
    figures_title: |unit, plan, as_of, time, done| {
        format!("{unit}{plan}: progress as of {as_of} (time progress {time}, plan completion {done})")
    },
    not_done: "Not done",
    export_xlsx: "Export Excel workbook (.xlsx)",
    export_xlsx_hint:
        "One .xlsx file with two sheets, the ledger and the progress figures: dates are Excel dates, percentages are numbers, statuses are coloured. Opens in Excel and WPS.",
    import_xlsx: "Import a ledger from Excel (.xlsx)",
    import_xlsx_hint:
        "Reads the ledger sheet of an .xlsx file with the same columns as CSV import; you see a preview first and nothing changes until you confirm.",
    notes_title: "Noticed while reading the workbook",
    sheet_read: |sheet, row| format!("Read the sheet \"{sheet}\"; its header is on row {row}."),
};

/// The table of `lang`.
pub fn msgs(lang: Lang) -> &'static XlsxMsgs {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
