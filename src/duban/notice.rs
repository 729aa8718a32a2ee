//! The 督办通知单: which targets may be chased, one notice per lead unit,
//! its number 督办〔year〕N号, its text and its Word file.
//!
//! The form follows the 督办函 as 督查机构 send it — a 催促性 document that
//! names the matter and a time limit for the reply (see
//! <https://lvshidaquan.com/minfadian/dsd57ey1ow.html>, "交办函督办函是什么
//! 意思") — laid out as GB/T 9704 lays out any 公文: title, 文号 centred
//! under it, 主送 flush left ending in "：", the body, "特此督办。", then
//! the issuing unit and the date right-aligned. Each target is quoted with
//! the report's own sentence for it ([`crate::report::target_words`]), so
//! the figures and the gap to 序时进度 are the engine's, worded as the
//! report words them.

use chrono::{Datelike, NaiveDate};

use crate::engine::{Colour, PlanProgress};
use crate::i18n::Lang;
use crate::plan::{Document, Notice, NoticeId, Stamp, TargetId};
use crate::present::figure_sentence;
use crate::report::docx::{package, run, wrap_body};
use crate::report::{full_date, numeral, quoted, target_words};

/// Whether a target of this colour may be chased with a 督办通知单:
/// yellow (滞后, 接近达标), red (严重滞后, 逾期, 未达标) and blue (临近到期).
pub fn can_chase(colour: Colour) -> bool {
    matches!(colour, Colour::Yellow | Colour::Red | Colour::Blue)
}

/// The next number of `year`: one more than the largest number of that
/// year among `notices` (1 for the first). A deleted notice's number is
/// free again only if it was the last.
pub fn next_number(notices: &[Notice], year: i32) -> u32 {
    notices
        .iter()
        .filter(|n| n.year == year)
        .map(|n| n.number)
        .max()
        .unwrap_or(0)
        + 1
}

/// "督办〔2026〕3号".
pub fn number_text(year: i32, number: u32) -> String {
    format!("督办〔{year}〕{number}号")
}

/// A notice before it is issued: what the form edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The lead unit it is addressed to.
    pub unit: String,
    /// The targets, in plan order.
    pub targets: Vec<TargetId>,
    /// What is asked.
    pub request: String,
    /// The day of issue.
    pub issued: NaiveDate,
    /// The day a reply is due.
    pub reply_due: NaiveDate,
}

/// What is asked unless the office writes otherwise.
pub fn default_request() -> String {
    "请你单位对照目标任务，认真分析进度滞后的原因，明确整改措施、责任人和完成时限，倒排工期、加快推进，确保按期完成。".to_string()
}

/// One draft per lead unit for the `selected` targets (in plan order), a
/// target without a lead unit under "". Targets the plan does not have are
/// left out.
pub fn drafts(
    doc: &Document,
    selected: &[TargetId],
    issued: NaiveDate,
    reply_due: NaiveDate,
) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for (_, t) in doc.plan.targets() {
        if !selected.contains(&t.id) {
            continue;
        }
        let unit = t.lead_unit.trim();
        match out.iter_mut().find(|d| d.unit == unit) {
            Some(d) => d.targets.push(t.id.clone()),
            None => out.push(Draft {
                unit: unit.to_string(),
                targets: vec![t.id.clone()],
                request: default_request(),
                issued,
                reply_due,
            }),
        }
    }
    out
}

/// The notice a draft becomes, numbered after `existing` in the year of
/// issue. Check it with [`crate::validate::validate_notice`] before issuing.
pub fn issue(draft: &Draft, existing: &[Notice], id: NoticeId, stamp: Stamp) -> Notice {
    let year = draft.issued.year();
    Notice {
        id,
        year,
        number: next_number(existing, year),
        unit: draft.unit.trim().to_string(),
        targets: draft.targets.clone(),
        request: draft.request.trim().to_string(),
        issued: draft.issued,
        reply_due: draft.reply_due,
        replied: None,
        reply: String::new(),
        updated_at: stamp,
    }
}

/// The notices `drafts` become when issued together, numbered one after
/// another after `existing` (each in its own year), with the ids given in
/// order.
pub fn issue_all(
    drafts: &[Draft],
    existing: &[Notice],
    ids: impl IntoIterator<Item = NoticeId>,
    stamp: Stamp,
) -> Vec<Notice> {
    let mut all: Vec<Notice> = existing.to_vec();
    let mut out = Vec::with_capacity(drafts.len());
    for (draft, id) in drafts.iter().zip(ids) {
        let n = issue(draft, &all, id, stamp);
        all.push(n.clone());
        out.push(n);
    }
    out
}

/// Where a notice stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Waiting for the reply, not yet due.
    Open,
    /// The reply is overdue.
    Overdue,
    /// Replied on this day.
    Replied(NaiveDate),
}

impl State {
    /// Stable name for CSS classes and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Open => "open",
            State::Overdue => "overdue",
            State::Replied(_) => "replied",
        }
    }
}

/// Where `n` stands on `as_of`.
pub fn state(n: &Notice, as_of: NaiveDate) -> State {
    match n.replied {
        Some(d) => State::Replied(d),
        None if as_of > n.reply_due => State::Overdue,
        None => State::Open,
    }
}

/// The notices about target `id`, newest first.
pub fn about_target<'a>(doc: &'a Document, id: &TargetId) -> Vec<&'a Notice> {
    let mut list: Vec<&Notice> = doc
        .notices
        .iter()
        .filter(|n| n.targets.contains(id))
        .collect();
    list.sort_by_key(|n| std::cmp::Reverse((n.year, n.number)));
    list
}

/// Every notice, newest first.
pub fn newest_first(doc: &Document) -> Vec<&Notice> {
    let mut list: Vec<&Notice> = doc.notices.iter().collect();
    list.sort_by_key(|n| std::cmp::Reverse((n.year, n.number)));
    list
}

/// The notice as text, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeText {
    /// "督办通知单".
    pub title: String,
    /// "督办〔2026〕3号".
    pub number: String,
    /// The addressee with its colon: "秘书一处：".
    pub addressee: String,
    /// The paragraph introducing the targets.
    pub opening: String,
    /// One entry per target: its lead ("（一）") and the report's words.
    pub items: Vec<(String, String)>,
    /// What is asked, the reply's due day, "特此督办。".
    pub closing: Vec<String>,
    /// The issuing unit and the date, right-aligned.
    pub signature: Vec<String>,
}

impl NoticeText {
    /// Every line in reading order.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![
            self.title.clone(),
            self.number.clone(),
            self.addressee.clone(),
            self.opening.clone(),
        ];
        out.extend(self.items.iter().map(|(l, t)| format!("{l}{t}")));
        out.extend(self.closing.iter().cloned());
        out.extend(self.signature.iter().cloned());
        out
    }
}

/// The issuing office: the document's unit, else "督查室".
fn issuer(doc: &Document) -> String {
    let u = doc.unit.trim();
    if u.is_empty() {
        "督查室".to_string()
    } else {
        u.to_string()
    }
}

/// The text of notice `n` with the figures of `progress` (the engine's
/// output for `doc`, normally on the day of issue).
pub fn compose(doc: &Document, progress: &PlanProgress, n: &Notice) -> NoticeText {
    let plan_title = doc.plan.title.trim();
    let items: Vec<(String, String)> = n
        .targets
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let lead = format!("（{}）", numeral(i + 1));
            let text = match (doc.plan.target(id), progress.get(id)) {
                (Some(t), Some(f)) => {
                    let (problem, _) = target_words(doc, progress, id);
                    problem.unwrap_or_else(|| {
                        format!(
                            "{}：{}。",
                            quoted(&t.title),
                            figure_sentence(t, f, Lang::Zh)
                        )
                    })
                }
                _ => format!("指标{}已不在计划中。", id.as_str()),
            };
            (lead, text)
        })
        .collect();
    let issuer = issuer(doc);
    // "你单位牵头的" only when it is so: a notice addressed to another unit
    // than the targets' lead (the form lets the office change it) says not.
    let leads_all = n.targets.iter().all(|id| {
        doc.plan
            .target(id)
            .is_some_and(|t| t.lead_unit.trim() == n.unit.trim())
    });
    let mut closing = Vec::new();
    if !n.request.trim().is_empty() {
        closing.push(n.request.trim().to_string());
    }
    closing.push(format!(
        "请于{}前将办理情况书面反馈{issuer}。",
        full_date(n.reply_due)
    ));
    closing.push("特此督办。".to_string());
    let addressee = if n.unit.trim().is_empty() {
        "有关单位：".to_string()
    } else {
        format!("{}：", n.unit.trim())
    };
    NoticeText {
        title: "督办通知单".to_string(),
        number: number_text(n.year, n.number),
        addressee,
        opening: format!(
            "根据《{plan_title}》确定的目标任务，截至{}，{}以下{}项指标进度需加快推进，现予督办：",
            full_date(progress.as_of),
            if leads_all { "你单位牵头的" } else { "" },
            items.len()
        ),
        items,
        closing,
        signature: vec![issuer, full_date(n.issued)],
    }
}

fn paragraph(props: &str, runs: &str) -> String {
    format!("<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>")
}

/// word/document.xml of a notice: the report's styles, with the 文号
/// centred and the 主送 line flush left as GB/T 9704 places them.
pub fn document_xml(text: &NoticeText) -> String {
    let no_indent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    let mut body = paragraph("<w:pStyle w:val=\"Title\"/>", &run(&text.title, None));
    body.push_str(&paragraph(
        &format!("{no_indent}<w:jc w:val=\"center\"/><w:spacing w:after=\"560\"/>"),
        &run(&text.number, None),
    ));
    body.push_str(&paragraph(no_indent, &run(&text.addressee, None)));
    body.push_str(&paragraph("", &run(&text.opening, None)));
    for (lead, t) in &text.items {
        body.push_str(&paragraph(
            "",
            &format!("{}{}", run(lead, Some("Lead")), run(t, None)),
        ));
    }
    for line in &text.closing {
        body.push_str(&paragraph("", &run(line, None)));
    }
    for (i, line) in text.signature.iter().enumerate() {
        let style = if i == 0 { "Signature" } else { "SignatureNext" };
        body.push_str(&paragraph(
            &format!("<w:pStyle w:val=\"{style}\"/>"),
            &run(line, None),
        ));
    }
    wrap_body(&body)
}

/// The notice as the bytes of a .docx file.
pub fn render_docx(text: &NoticeText) -> Vec<u8> {
    package(document_xml(text))
}

/// The notice as Markdown, for the native command.
pub fn render_markdown(text: &NoticeText) -> String {
    use crate::escape::markdown as escape;
    let mut out = format!(
        "# {}\n\n{}\n\n{}\n\n{}\n\n",
        escape(&text.title),
        escape(&text.number),
        escape(&text.addressee),
        escape(&text.opening)
    );
    for (lead, t) in &text.items {
        out.push_str(&format!("**{}**{}\n\n", escape(lead), escape(t)));
    }
    for line in &text.closing {
        out.push_str(&format!("{}\n\n", escape(line)));
    }
    for line in &text.signature {
        out.push_str(&format!("{}\n\n", escape(line)));
    }
    out
}

/// A file name for a notice, without extension:
/// "督办通知单-督办〔2026〕3号-秘书一处".
pub fn file_stem(n: &Notice) -> String {
    let unit: String = n
        .unit
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .collect();
    format!(
        "督办通知单-{}-{}",
        number_text(n.year, n.number),
        unit.trim()
    )
}
