//! Messages of the 从文本生成计划 (plan from text) view.

/// Strings of the intake view.
#[derive(Debug)]
pub struct IntakeMsgs {
    /// The view's heading.
    pub title: &'static str,
    /// What the view does.
    pub intro: &'static str,
    /// Label of the text box.
    pub paste_label: &'static str,
    /// Button: read the pasted text.
    pub read_text: &'static str,
    /// Button: pick a file.
    pub choose_file: &'static str,
    /// Which files are read.
    pub file_hint: &'static str,
    /// Label before the plan year.
    pub year: &'static str,
    /// Nothing was proposed.
    pub nothing: &'static str,
    /// Before "N of M accepted".
    pub accepted: &'static str,
    /// How sure the extractor is: the plain word for a sure proposal.
    pub sure: &'static str,
    /// The plain word for a proposal to check.
    pub check: &'static str,
    /// Before the number of proposals to check.
    pub to_check: &'static str,
    /// Button: accept the sure ones only, leave the others to tick.
    pub accept_sure: &'static str,
    /// Column: accept.
    pub col_accept: &'static str,
    /// Column: title.
    pub col_title: &'static str,
    /// Column: kind.
    pub col_kind: &'static str,
    /// Column: figure.
    pub col_figure: &'static str,
    /// Column: unit.
    pub col_unit: &'static str,
    /// Column: lead unit.
    pub col_lead: &'static str,
    /// Column: due date.
    pub col_due: &'static str,
    /// Column: source sentence.
    pub col_source: &'static str,
    /// Heading of the unmatched sentences.
    pub unmatched_title: &'static str,
    /// Button: a new plan from the accepted proposals.
    pub as_new_plan: &'static str,
    /// Button: append to the current plan.
    pub append: &'static str,
    /// What the new-plan button does to the ledger.
    pub new_plan_hint: &'static str,
    /// Toast after the import.
    pub done: &'static str,
    /// Link from the plan editor.
    pub link: &'static str,
    /// Column: supporting units.
    pub col_partners: &'static str,
    /// Column: 年度指标.
    pub col_annual: &'static str,
    /// What 年度指标 means.
    pub annual_hint: &'static str,
    /// Heading of the column-mapping step.
    pub map_title: &'static str,
    /// What the mapping step does.
    pub map_intro: &'static str,
    /// Column of the mapping: header.
    pub map_header: &'static str,
    /// Column of the mapping: first value.
    pub map_sample: &'static str,
    /// Column of the mapping: role.
    pub map_role: &'static str,
    /// Choice: do not read the column.
    pub map_ignore: &'static str,
    /// Heading of the rows with problems.
    pub problems_title: &'static str,
}

/// 中文.
pub const ZH: IntakeMsgs = IntakeMsgs {
    title: "从文本生成计划",
    intro: "粘贴工作要点、工作计划或下一步工作打算的文字，或选择 .txt、.docx（含 Word 自动编号的标题和表格）、文字版 .pdf 文件、任务分解表（.csv、.xlsx），落实台账会提出分节和目标，并注明每条的把握（较确定 / 待核实）。逐条核对原文后接受、修改或跳过；确认前不会改动任何数据，导入可以一步撤销。",
    paste_label: "计划文字",
    read_text: "识别目标",
    choose_file: "选择文件",
    file_hint: "支持 .txt、.docx、.pdf（文字版）、.csv、.xlsx，不超过 50 MB",
    year: "计划年度",
    nothing: "未识别出任何目标。",
    accepted: "已接受",
    sure: "较确定",
    check: "待核实",
    to_check: "其中待核实",
    accept_sure: "只接受较确定的（待核实的逐条勾选）",
    col_accept: "接受",
    col_title: "目标",
    col_kind: "类型",
    col_figure: "指标",
    col_unit: "单位",
    col_lead: "牵头处室",
    col_due: "时限",
    col_source: "原文",
    unmatched_title: "含数字但未生成目标的句子",
    as_new_plan: "作为新计划",
    append: "追加到当前计划",
    new_plan_hint: "作为新计划会替换当前计划和台账（可撤销）；追加则保留现有目标和台账。",
    done: "已导入计划目标",
    link: "从文本生成计划",
    col_partners: "配合处室",
    col_annual: "年度指标",
    annual_hint: "年度指标只在年末考核，不按序时进度计算",
    map_title: "核对表格各列",
    map_intro: "已按表头猜测每一列的内容，可逐列修改；修改后下方的目标随即重新识别。",
    map_header: "表头",
    map_sample: "首行内容",
    map_role: "作为",
    map_ignore: "（不导入）",
    problems_title: "表格中有问题的行",
};

/// English.
pub const EN: IntakeMsgs = IntakeMsgs {
    title: "Plan from text",
    intro: "Paste the text of a work plan, or pick a .txt, a .docx (its headings numbered by Word and its tables too), a text .pdf or a task table (.csv, .xlsx), and Luoshi proposes sections and targets, each marked sure or to check. Check each against its sentence, then accept, edit or skip it; nothing changes until you confirm, and the import is one undoable change.",
    paste_label: "Plan text",
    read_text: "Find targets",
    choose_file: "Choose a file",
    file_hint: ".txt, .docx, .pdf (with text), .csv or .xlsx, up to 50 MB",
    year: "Plan year",
    nothing: "No target was found.",
    accepted: "Accepted",
    sure: "sure",
    check: "to check",
    to_check: "to check",
    accept_sure: "Accept the sure ones only (tick the ones to check one by one)",
    col_accept: "Accept",
    col_title: "Target",
    col_kind: "Kind",
    col_figure: "Figure",
    col_unit: "Unit",
    col_lead: "Lead unit",
    col_due: "Due",
    col_source: "Source",
    unmatched_title: "Sentences with a number that gave no target",
    as_new_plan: "As a new plan",
    append: "Append to the current plan",
    new_plan_hint: "A new plan replaces the current plan and ledger (undoable); appending keeps the current targets and ledger.",
    done: "Plan targets imported",
    link: "Plan from text",
    col_partners: "Supporting units",
    col_annual: "Annual",
    annual_hint: "Annual targets are judged at the year's end, not against the pace",
    map_title: "Check the columns",
    map_intro: "Each column's role is guessed from its header; change any, and the targets below are read again.",
    map_header: "Header",
    map_sample: "First row",
    map_role: "Read as",
    map_ignore: "(not read)",
    problems_title: "Rows with problems",
};

/// The table of `lang`. Reached only from the code that shows these
/// strings, so that the table lands in that code's part of the browser module.
pub fn msgs(lang: super::Lang) -> &'static IntakeMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
