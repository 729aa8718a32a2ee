//! A plan from a spreadsheet: a 任务分解表 read from .csv or .xlsx, its
//! columns guessed from the headers (序号, 工作任务, 目标/指标, 责任领导, 牵头
//! 处室, 配合处室, 完成时限), each row's 目标 read by the same extractor as a
//! plan's text, and every row that cannot be read said so by its row number.

pub use super::table::{
    assign, check_mapping, guess, guess_column, has_header, read_csv, read_csv_text, read_table,
    read_xlsx, table_of_rows, Column, Mapping, SheetError, Table,
};
use super::{extract, kinds, Note, Period, Proposal, ProposedSection, Source};

/// Something wrong with one row, kept beside what it still proposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// 1-based row number in the sheet.
    pub row: usize,
    /// What is wrong.
    pub what: RowIssue,
}

/// What is wrong with a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowIssue {
    /// The deadline cell names no date that can be read.
    Deadline(String),
    /// The 目标 cell gave no figure: the row became a milestone.
    NoFigure(String),
    /// No 目标 cell, and the task gave neither figure nor date: the row
    /// became a milestone due at the end of the period.
    NoFigureNorDate(String),
}

/// A cell's text cut to 30 characters for a message.
fn short(t: &str) -> String {
    if t.chars().count() > 30 {
        format!("{}…", t.chars().take(30).collect::<String>())
    } else {
        t.to_string()
    }
}

impl RowProblem {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match &self.what {
            RowIssue::Deadline(t) => {
                format!(
                    "第 {} 行：完成时限“{t}”无法识别为日期，按计划期末计",
                    self.row
                )
            }
            RowIssue::NoFigure(t) => {
                format!(
                    "第 {} 行：目标“{t}”中未识别出指标，按完成节点处理",
                    self.row
                )
            }
            RowIssue::NoFigureNorDate(t) => format!(
                "第 {} 行：“{}”未写指标和时限，按期末完成的节点处理",
                self.row,
                short(t)
            ),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match &self.what {
            RowIssue::Deadline(t) => format!(
                "row {}: deadline \"{t}\" is not a date; the end of the period is used",
                self.row
            ),
            RowIssue::NoFigure(t) => format!(
                "row {}: no figure found in target \"{t}\"; the task becomes a milestone",
                self.row
            ),
            RowIssue::NoFigureNorDate(t) => format!(
                "row {}: \"{}\" gives neither figure nor date; a milestone due at the end of the period",
                self.row,
                short(t)
            ),
        }
    }
}

/// What a table proposes.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetProposal {
    /// Sections (one per 类别 or heading row; else one for the sheet).
    pub sections: Vec<ProposedSection>,
    /// Rows that could not be read fully.
    pub problems: Vec<RowProblem>,
}

fn cell<'a>(row: &'a [String], mapping: &Mapping, col: Column) -> &'a str {
    mapping
        .iter()
        .position(|c| *c == Some(col))
        .and_then(|i| row.get(i))
        .map(|s| s.trim())
        .unwrap_or("")
}

/// Words in a deadline cell that name no date on purpose.
const NO_DATE: &[&str] = &["长期", "持续", "全年", "常态", "每月", "每季度", "每年"];

/// Proposes targets from every row of `table` read through `mapping`.
pub fn propose(table: &Table, mapping: &Mapping, period: Period) -> SheetProposal {
    let year = chrono::Datelike::year(&period.end);
    let mut sections: Vec<ProposedSection> = Vec::new();
    let mut problems = Vec::new();
    let mut current = ProposedSection {
        title: "任务分解表".to_string(),
        proposals: Vec::new(),
    };
    for (row_no, row) in &table.rows {
        let task = cell(row, mapping, Column::Task);
        let goal = cell(row, mapping, Column::Goal);
        let section = cell(row, mapping, Column::Section);
        let number = cell(row, mapping, Column::Number);
        if task.is_empty() && goal.is_empty() {
            continue;
        }
        // A heading row (序号 一 or 一、, nothing in 目标) or a new 类别.
        let heading_row = goal.is_empty()
            && number
                .trim_end_matches('、')
                .chars()
                .all(super::numerals::is_chinese_numeral)
            && !number.is_empty();
        let new_title = if heading_row {
            Some(task.to_string())
        } else if !section.is_empty() && section != current.title {
            Some(section.to_string())
        } else {
            None
        };
        if let Some(title) = new_title {
            let done = std::mem::replace(
                &mut current,
                ProposedSection {
                    title,
                    proposals: Vec::new(),
                },
            );
            if !done.proposals.is_empty() {
                sections.push(done);
            }
            if heading_row {
                continue;
            }
        }
        let deadline = cell(row, mapping, Column::Deadline);
        let due = if deadline.is_empty() || NO_DATE.iter().any(|w| deadline.contains(w)) {
            None
        } else {
            let d = super::dates::deadline_of(deadline, year);
            if d.is_none() {
                problems.push(RowProblem {
                    row: *row_no,
                    what: RowIssue::Deadline(deadline.to_string()),
                });
            }
            d
        };
        // Several lead units: the first leads, the others support it.
        let leads = super::unit_names(cell(row, mapping, Column::Lead));
        let lead = leads.first().cloned().unwrap_or_default();
        let owner = cell(row, mapping, Column::Leader).to_string();
        let mut partners = leads.get(1..).unwrap_or_default().to_vec();
        for p in super::unit_names(cell(row, mapping, Column::Partner)) {
            if !partners.contains(&p) && p != lead {
                partners.push(p);
            }
        }
        let from = |text: &str| -> Vec<Proposal> {
            extract(text, period)
                .sections
                .into_iter()
                .flat_map(|s| s.proposals)
                .collect()
        };
        let mut found = if goal.is_empty() {
            Vec::new()
        } else {
            from(goal)
        };
        if found.is_empty() && !goal.is_empty() {
            problems.push(RowProblem {
                row: *row_no,
                what: RowIssue::NoFigure(goal.to_string()),
            });
        }
        if found.is_empty() && !task.is_empty() {
            found = from(task)
                .into_iter()
                .filter(|p| !kinds::is_milestone(&p.kind))
                .collect();
        }
        if found.is_empty() && goal.is_empty() && due.is_none() {
            // Neither a figure nor a date: due at the end of the period,
            // which the reviewer should confirm.
            problems.push(RowProblem {
                row: *row_no,
                what: RowIssue::NoFigureNorDate(task.to_string()),
            });
        }
        if found.is_empty() {
            // A task with no figure is a commitment to be done by its date.
            let text = if task.is_empty() { goal } else { task };
            let chars: Vec<char> = super::normalize(text).chars().collect();
            let mut notes = Vec::new();
            if due.is_none() {
                notes.push(Note::DueAtPeriodEnd);
            }
            found.push(Proposal {
                title: chars.iter().collect(),
                kind: kinds::milestone(due.unwrap_or(period.end)),
                unit: String::new(),
                lead_unit: String::new(),
                partners: Vec::new(),
                owner: String::new(),
                annual: false,
                due: None,
                group: String::new(),
                source: Source::new(&chars, 0..chars.len()),
                notes,
            });
        }
        for mut p in found {
            if p.title.chars().count() <= 10 && !task.is_empty() && !p.title.contains(task) {
                p.title = format!("{task}：{}", p.title);
            }
            if !lead.is_empty() {
                p.lead_unit = lead.clone();
            }
            p.owner = owner.clone();
            if !partners.is_empty() {
                p.partners = partners.clone();
            }
            if let Some(d) = kinds::due_mut(&mut p.kind) {
                if let Some(due) = due {
                    *d = due;
                    p.notes.retain(|n| *n != Note::DueAtPeriodEnd);
                }
            } else if kinds::is_tally(&p.kind) {
                p.due = p.due.or(due);
            }
            current.proposals.push(p);
        }
    }
    if !current.proposals.is_empty() {
        sections.push(current);
    }
    SheetProposal { sections, problems }
}

/// A plan file's proposals: its text read as a plan's text, then each of
/// its task tables (a 任务分解表 in a .docx) by its guessed columns, as
/// sections after the text's; with the tables' row problems.
pub fn propose_file(
    file: &super::docx::PlanFile,
    period: Period,
) -> (super::Extraction, Vec<RowProblem>) {
    let mut ex = extract(&file.text, period);
    let mut problems = Vec::new();
    for rows in &file.tables {
        let Ok(table) = table_of_rows(rows.clone()) else {
            continue;
        };
        let got = propose(&table, &guess(&table), period);
        ex.sections.extend(got.sections);
        problems.extend(got.problems);
    }
    (ex, problems)
}
