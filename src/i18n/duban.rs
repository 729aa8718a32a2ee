//! Messages of the 督办 page (`#/duban`) and the target page's 督办 block:
//! issuing a 督办通知单, the list of notices and replies, the monthly
//! 督查通报 and the calendar download.
//!
//! Templates hold numbered holes `{0}`, `{1}`… filled by
//! [`crate::present::fill`].

/// Strings of the 督办 page.
#[derive(Debug)]
pub struct DubanMsgs {
    /// Navigation name and page heading.
    pub heading: &'static str,
    /// Under the heading.
    pub intro: &'static str,
    /// Heading of the issuing form.
    pub issue_heading: &'static str,
    /// Explains which targets may be chased.
    pub issue_hint: &'static str,
    /// No target is yellow, red or blue.
    pub nothing_to_chase: &'static str,
    /// Label of a notice's addressee.
    pub unit: &'static str,
    /// Label of what is asked.
    pub request: &'static str,
    /// Label of the reply's due day.
    pub reply_due: &'static str,
    /// The number it will get: `{0}` the number.
    pub number_preview: &'static str,
    /// Issue and download the notices: `{0}` how many.
    pub issue_button: &'static str,
    /// Toast after issuing: `{0}` the numbers.
    pub issued_toast: &'static str,
    /// Heading of the list of notices.
    pub list_heading: &'static str,
    /// No notice yet.
    pub list_empty: &'static str,
    /// Column: number.
    pub col_number: &'static str,
    /// Column: targets.
    pub col_targets: &'static str,
    /// Column: issued.
    pub col_issued: &'static str,
    /// Column: state.
    pub col_state: &'static str,
    /// State: waiting for the reply.
    pub state_open: &'static str,
    /// State: reply overdue.
    pub state_overdue: &'static str,
    /// State: replied on `{0}`.
    pub state_replied: &'static str,
    /// Label of the reply's day.
    pub replied_on: &'static str,
    /// Label of the reply's note.
    pub reply_note: &'static str,
    /// Button: mark replied.
    pub mark_replied: &'static str,
    /// Button: download a recorded notice again.
    pub download_again: &'static str,
    /// Heading of the bulletin block.
    pub bulletin_heading: &'static str,
    /// Label of the bulletin's month.
    pub bulletin_month: &'static str,
    /// The month has not begun.
    pub bulletin_not_begun: &'static str,
    /// Download buttons.
    pub download_md: &'static str,
    /// Download as HTML.
    pub download_html: &'static str,
    /// Download as Word.
    pub download_docx: &'static str,
    /// Heading of the calendar block.
    pub ics_heading: &'static str,
    /// What the calendar holds.
    pub ics_hint: &'static str,
    /// Download the calendar.
    pub ics_button: &'static str,
    /// Target page: heading of its 督办 block.
    pub target_heading: &'static str,
    /// Target page: the action for a yellow, red or blue target.
    pub target_action: &'static str,
    /// Target page: no notice about it.
    pub target_none: &'static str,
    /// Target page: one notice: `{0}` number, `{1}` unit, `{2}` issued,
    /// `{3}` reply due, `{4}` state.
    pub target_line: &'static str,
    /// The notice could not be issued: `{0}` why.
    pub refused: &'static str,
    /// Report view: link to the 督办 page for the 督查通报.
    pub report_link: &'static str,
}

/// 中文.
pub const ZH: DubanMsgs = DubanMsgs {
    heading: "督办",
    intro: "对滞后、临期的指标印发督办通知单，跟踪反馈；下载月度督查通报和节点日程。",
    issue_heading: "印发督办通知单",
    issue_hint: "可督办黄色（滞后）、红色（严重滞后、逾期）和蓝色（临近到期）指标；选中多个不同牵头单位的指标时，按单位各出一份。",
    nothing_to_chase: "目前没有需要督办的指标。",
    unit: "主送单位",
    request: "督办要求",
    reply_due: "反馈期限",
    number_preview: "文号：{0}",
    issue_button: "印发并下载（{0}份）",
    issued_toast: "已印发 {0}",
    list_heading: "已印发的督办通知单",
    list_empty: "尚未印发督办通知单。",
    col_number: "文号",
    col_targets: "指标",
    col_issued: "印发日期",
    col_state: "办理情况",
    state_open: "待反馈",
    state_overdue: "逾期未反馈",
    state_replied: "{0}已反馈",
    replied_on: "反馈日期",
    reply_note: "反馈摘要",
    mark_replied: "标记已反馈",
    download_again: "下载",
    bulletin_heading: "月度督查通报",
    bulletin_month: "月份",
    bulletin_not_begun: "该月尚未开始。",
    download_md: "下载 Markdown",
    download_html: "下载 HTML",
    download_docx: "下载 Word",
    ics_heading: "节点日程（.ics）",
    ics_hint: "里程碑、截止日期、各单位下次报送期限和未反馈督办单的反馈期限，可导入任何日历。",
    ics_button: "下载日程文件",
    target_heading: "督办",
    target_action: "督办",
    target_none: "尚未对本指标印发督办通知单。",
    target_line: "{0} 主送{1}，{2}印发，{3}前反馈，{4}",
    refused: "未能印发：{0}",
    report_link: "月度督查通报与督办 →",
};

/// English.
pub const EN: DubanMsgs = DubanMsgs {
    heading: "Follow-up",
    intro: "Issue follow-up notices (督办通知单) for targets behind or due soon and track the replies; download the monthly bulletin and the calendar of deadlines.",
    issue_heading: "Issue a follow-up notice",
    issue_hint: "Yellow (behind), red (far behind, overdue) and blue (due soon) targets can be chased; targets of several lead units give one notice per unit.",
    nothing_to_chase: "No target needs a follow-up now.",
    unit: "Addressed to",
    request: "What is asked",
    reply_due: "Reply by",
    number_preview: "Number: {0}",
    issue_button: "Issue and download ({0})",
    issued_toast: "Issued {0}",
    list_heading: "Notices issued",
    list_empty: "No notice issued yet.",
    col_number: "Number",
    col_targets: "Targets",
    col_issued: "Issued",
    col_state: "State",
    state_open: "Awaiting reply",
    state_overdue: "Reply overdue",
    state_replied: "Replied {0}",
    replied_on: "Replied on",
    reply_note: "Reply",
    mark_replied: "Mark replied",
    download_again: "Download",
    bulletin_heading: "Monthly bulletin",
    bulletin_month: "Month",
    bulletin_not_begun: "That month has not begun.",
    download_md: "Download Markdown",
    download_html: "Download HTML",
    download_docx: "Download Word",
    ics_heading: "Calendar (.ics)",
    ics_hint: "Milestones, due dates, each unit's next reporting deadline and the reply dates of open notices, for any calendar.",
    ics_button: "Download calendar",
    target_heading: "Follow-up",
    target_action: "Follow up",
    target_none: "No follow-up notice about this target yet.",
    target_line: "{0} to {1}, issued {2}, reply by {3}, {4}",
    refused: "Not issued: {0}",
    report_link: "Monthly bulletin and follow-up →",
};

/// The table of `lang`.
pub fn msgs(lang: super::Lang) -> &'static DubanMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
