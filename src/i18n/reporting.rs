//! Messages of 进度报送: the reporting page, the many-file import and the
//! native `consolidate` command. Placeholders in braces ({n}, {day}) are
//! filled by [`fill`].

/// Strings of the reporting page and the `consolidate` command.
#[derive(Debug)]
pub struct ReportingMsgs {
    /// Page heading and navigation link.
    pub heading: &'static str,
    /// Under the heading: what the page is for.
    pub intro: &'static str,
    /// Heading of the cycle settings.
    pub cycle_heading: &'static str,
    /// Label of the cycle choice.
    pub cycle_label: &'static str,
    /// No cycle.
    pub cycle_none: &'static str,
    /// Monthly.
    pub cycle_monthly: &'static str,
    /// Quarterly.
    pub cycle_quarterly: &'static str,
    /// Label of the due day.
    pub by_day_label: &'static str,
    /// Label of the grace days.
    pub grace_label: &'static str,
    /// Save button of the settings.
    pub save: &'static str,
    /// The settings were saved.
    pub saved: &'static str,
    /// A due day out of 1–28.
    pub bad_day: &'static str,
    /// Grace days out of 0–60.
    pub bad_grace: &'static str,
    /// A monthly cycle described: {day}, {grace}.
    pub says_monthly: &'static str,
    /// A quarterly cycle described: {day}, {grace}.
    pub says_quarterly: &'static str,
    /// No cycle described.
    pub says_none: &'static str,
    /// The last closed cycle: {start}, {end}, {due}; it follows the
    /// cycle's description, so in English it begins with a space.
    pub last_cycle: &'static str,
    /// No cycle has closed yet.
    pub no_cycle_yet: &'static str,
    /// Heading of the import.
    pub import_heading: &'static str,
    /// How to import.
    pub import_hint: &'static str,
    /// Button: pick files.
    pub pick_files: &'static str,
    /// Button: pick a folder.
    pub pick_folder: &'static str,
    /// Reading files, with {done} of {all}.
    pub reading: &'static str,
    /// Heading of the preview: {n} files.
    pub preview_heading: &'static str,
    /// Column: file.
    pub col_file: &'static str,
    /// Column: unit.
    pub col_unit: &'static str,
    /// Column: what the file does.
    pub col_effect: &'static str,
    /// A file that changes nothing.
    pub unchanged: &'static str,
    /// A file holding what an earlier file of this import holds: {file}.
    pub same_file: &'static str,
    /// A file of another plan: {theirs}, {ours}.
    pub other_plan: &'static str,
    /// A file that could not be read: {why}.
    pub unreadable: &'static str,
    /// What a file adds: {added}, {changed}, {deleted}.
    pub effect: &'static str,
    /// A file's reading changes: {added}, {changed}.
    pub effect_readings: &'static str,
    /// The plan was updated by the file.
    pub plan_updated: &'static str,
    /// One conflict: {record}, {winner}.
    pub clash: &'static str,
    /// The winner of a conflict: this copy.
    pub winner_ours: &'static str,
    /// The winner of a conflict: this file.
    pub winner_this: &'static str,
    /// The winner of a conflict of two versions stamped alike: this copy.
    pub winner_ours_tie: &'static str,
    /// The winner of a conflict of two versions stamped alike: this file.
    pub winner_this_tie: &'static str,
    /// A record named for a person: {date}, {title}.
    pub record: &'static str,
    /// A record the result does not hold: {id}.
    pub record_id: &'static str,
    /// Where the version already here came from: an earlier file, {file}.
    pub clash_with: &'static str,
    /// The version already here was this copy's own.
    pub clash_with_ours: &'static str,
    /// A unit guessed from the file name.
    pub from_name: &'static str,
    /// No unit known.
    pub no_unit: &'static str,
    /// A unit the plan does not list.
    pub not_listed: &'static str,
    /// Checkbox: add the new units to the plan: {units}.
    pub add_units: &'static str,
    /// Checkbox: give records without a unit their file's unit: {n}.
    pub assign_unit: &'static str,
    /// The Data view's offer for one older file: {n} records, {unit}.
    pub assign_one: &'static str,
    /// Button: import all.
    pub apply: &'static str,
    /// Button: cancel.
    pub cancel: &'static str,
    /// Toast after applying: {n} files.
    pub applied: &'static str,
    /// Nothing to apply.
    pub nothing: &'static str,
    /// Heading of the unit table.
    pub units_heading: &'static str,
    /// Column: status.
    pub col_state: &'static str,
    /// Column: last report.
    pub col_last: &'static str,
    /// Column: records in the period.
    pub col_records: &'static str,
    /// Column: targets led.
    pub col_targets: &'static str,
    /// 已报送.
    pub state_reported: &'static str,
    /// 未报送.
    pub state_not_reported: &'static str,
    /// 逾期未报.
    pub state_overdue: &'static str,
    /// 迟报.
    pub state_late: &'static str,
    /// 迟报 with the day the report was sent: {date}.
    pub state_late_on: &'static str,
    /// 本期无需报送: the plan listed the unit after the cycle's last day.
    pub state_not_due: &'static str,
    /// 本期无需报送 with the day the plan listed the unit: {date}.
    pub state_not_due_since: &'static str,
    /// What the records column counts (its title): the unit's own records.
    pub records_hint: &'static str,
    /// No cycle to judge.
    pub state_no_cycle: &'static str,
    /// This copy's own unit.
    pub state_own: &'static str,
    /// Never reported.
    pub never: &'static str,
    /// Heading: targets behind by lead unit.
    pub behind_heading: &'static str,
    /// No target behind.
    pub none_behind: &'static str,
    /// Heading of the file list in the command's output.
    pub files_heading: &'static str,
    /// The command's page title: {heading}, {date}.
    pub titled: &'static str,
    /// Column of the command's table of targets behind: lead unit.
    pub col_lead: &'static str,
    /// Column of the same table: target.
    pub col_target: &'static str,
    /// Column of the same table: status.
    pub col_status: &'static str,
    /// A remark after a unit's name: {text}.
    pub aside: &'static str,
    /// Between the parts of a file's effect.
    pub then: &'static str,
    /// How many targets a unit leads, by colour: {n}, {colours}.
    pub led_counts: &'static str,
    /// One colour's count: {colour}, {n}.
    pub colour_count: &'static str,
    /// Between the colour counts.
    pub list_sep: &'static str,
    /// The first-export dialog: heading.
    pub unit_ask_heading: &'static str,
    /// The first-export dialog: why it asks.
    pub unit_ask_body: &'static str,
    /// The first-export dialog: save and export.
    pub unit_ask_ok: &'static str,
    /// The first-export dialog: export without a unit.
    pub unit_ask_skip: &'static str,
}

/// 中文.
pub const ZH: ReportingMsgs = ReportingMsgs {
    heading: "进度报送",
    intro: "汇总各单位报送的台账文件，查看谁已报送、谁未报送，以及各单位牵头指标的进展。",
    cycle_heading: "报送周期",
    cycle_label: "周期",
    cycle_none: "不设周期",
    cycle_monthly: "每月",
    cycle_quarterly: "每季度",
    by_day_label: "次月报送截止日（1–28）",
    grace_label: "宽限天数",
    save: "保存报送周期",
    saved: "报送周期已保存。",
    bad_day: "截止日应为 1 至 28 之间的整数。",
    bad_grace: "宽限天数应为 0 至 60 之间的整数。",
    says_monthly: "每月报送，次月{day}日前报送，宽限{grace}天。",
    says_quarterly: "每季度报送，季后首月{day}日前报送，宽限{grace}天。",
    says_none: "未设报送周期：只列出各单位最近一次报送。",
    last_cycle: "最近截止的周期：{start}至{end}，应于{due}前报送。",
    no_cycle_yet: "尚无已截止的报送周期。",
    import_heading: "导入各单位报送文件",
    import_hint:
        "可一次选择或拖入多个 .json 文件，也可选择整个文件夹。先预览，确认后一次导入，可一次撤销。",
    pick_files: "选择文件…",
    pick_folder: "选择文件夹…",
    reading: "正在读取 {done}/{all} 个文件…",
    preview_heading: "导入预览（{n} 个文件）",
    col_file: "文件",
    col_unit: "报送单位",
    col_effect: "内容",
    unchanged: "已导入过，无新内容",
    same_file: "与本次导入的 {file} 内容相同，只计一次，不重复记录报送",
    other_plan: "属于另一计划（{theirs}），与本计划（{ours}）不同，不予导入",
    unreadable: "无法读取：{why}",
    effect: "新增活动 {added} 条，修改 {changed} 条，删除 {deleted} 条",
    effect_readings: "；数值新增 {added} 条，修改 {changed} 条",
    plan_updated: "；计划随之更新",
    clash: "{record}两边内容不同，以{winner}为准",
    winner_ours: "已有版本（修改时间较晚）",
    winner_this: "本文件的版本（修改时间较晚）",
    winner_ours_tie: "已有版本（两版修改时间相同，按内容排序选定）",
    winner_this_tie: "本文件的版本（两版修改时间相同，按内容排序选定）",
    record: "{date}「{title}」",
    record_id: "记录 {id} ",
    clash_with: "（已有版本来自 {file}）",
    clash_with_ours: "（已有版本为本台账原有）",
    from_name: "（据文件名）",
    no_unit: "（未注明单位）",
    not_listed: "不在计划单位名单中",
    add_units: "将以下单位加入计划的单位名单：{units}",
    assign_unit: "为未注明记录单位的 {n} 条旧记录注明其文件的报送单位",
    assign_one: "为文件中未注明记录单位的 {n} 条记录注明记录单位：{unit}",
    apply: "确认导入",
    cancel: "取消",
    applied: "已导入 {n} 个文件（可一次撤销）。",
    nothing: "这些文件没有新内容，未作改动。",
    units_heading: "各单位报送情况",
    col_state: "报送状态",
    col_last: "最近报送",
    col_records: "本期本单位记录",
    col_targets: "牵头指标",
    state_reported: "已报送",
    state_not_reported: "未报送",
    state_overdue: "逾期未报",
    state_late: "迟报",
    state_late_on: "迟报（{date}报送）",
    state_not_due: "本期无需报送",
    state_not_due_since: "本期无需报送（{date}列入计划）",
    records_hint:
        "本单位记录：该单位登记的活动和数值条数（按记录单位计，不按牵头单位计），限本期报送周期内。",
    state_no_cycle: "—",
    state_own: "本单位",
    never: "从未报送",
    behind_heading: "滞后指标（按牵头单位）",
    none_behind: "没有滞后的指标。",
    files_heading: "导入文件",
    titled: "{heading}（{date}）",
    col_lead: "牵头单位",
    col_target: "指标",
    col_status: "状态",
    aside: "（{text}）",
    then: "；",
    led_counts: "{n}（{colours}）",
    colour_count: "{colour}{n}",
    list_sep: "、",
    unit_ask_heading: "本单位名称",
    unit_ask_body:
        "导出文件会注明由哪个单位报送，新记录也会记下记录单位。请填写本单位名称（如“秘书一处”）。",
    unit_ask_ok: "保存并导出",
    unit_ask_skip: "暂不填写，直接导出",
};

/// English.
pub const EN: ReportingMsgs = ReportingMsgs {
    heading: "Reporting",
    intro: "Consolidate the units' ledger files, see who has reported and who has not, and how the targets each unit leads are going.",
    cycle_heading: "Reporting cycle",
    cycle_label: "Cycle",
    cycle_none: "None",
    cycle_monthly: "Monthly",
    cycle_quarterly: "Quarterly",
    by_day_label: "Due by day of next month (1–28)",
    grace_label: "Grace days",
    save: "Save the cycle",
    saved: "Reporting cycle saved.",
    bad_day: "The due day must be a whole number from 1 to 28.",
    bad_grace: "Grace days must be a whole number from 0 to 60.",
    says_monthly: "Monthly, due by day {day} of the next month, {grace} days' grace.",
    says_quarterly: "Quarterly, due by day {day} of the month after the quarter, {grace} days' grace.",
    says_none: "No reporting cycle: only each unit's last report is shown.",
    last_cycle: " Last closed cycle: {start} to {end}, due by {due}.",
    no_cycle_yet: " No reporting cycle has closed yet.",
    import_heading: "Import the units' files",
    import_hint: "Pick or drop several .json files at once, or a whole folder. Preview first; one confirmation imports them all, one undo takes them back.",
    pick_files: "Pick files…",
    pick_folder: "Pick a folder…",
    reading: "Reading {done} of {all} files…",
    preview_heading: "Import preview ({n} files)",
    col_file: "File",
    col_unit: "Unit",
    col_effect: "Content",
    unchanged: "Already imported: changes nothing",
    same_file: "Same content as {file} in this import: counted once, no second report",
    other_plan: "Another plan's file ({theirs}), not this plan ({ours}): refused",
    unreadable: "Cannot be read: {why}",
    effect: "{added} activities added, {changed} changed, {deleted} deleted",
    effect_readings: "; readings {added} added, {changed} changed",
    plan_updated: "; the plan is updated",
    clash: "{record} differs; {winner} is kept",
    winner_ours: "the version already here (changed later)",
    winner_this: "this file's version (changed later)",
    winner_ours_tie: "the version already here (both changed at the same time; chosen by content)",
    winner_this_tie: "this file's version (both changed at the same time; chosen by content)",
    record: "{date} “{title}”",
    record_id: "Record {id}",
    clash_with: " (the version already here came from {file})",
    clash_with_ours: " (the version already here was this copy's own)",
    from_name: " (from the file name)",
    no_unit: "(no unit named)",
    not_listed: "not in the plan's units",
    add_units: "Add these units to the plan's units: {units}",
    assign_unit: "Give the {n} older records that name no recording unit their file's unit",
    assign_one: "Note {unit} as the recording unit of the file's {n} records that name none",
    apply: "Import all",
    cancel: "Cancel",
    applied: "{n} files imported (one undo takes them back).",
    nothing: "These files bring nothing new; nothing changed.",
    units_heading: "Units' reports",
    col_state: "Status",
    col_last: "Last report",
    col_records: "Records made by the unit this period",
    col_targets: "Targets led",
    state_reported: "Reported",
    state_not_reported: "Not reported",
    state_overdue: "Overdue",
    state_late: "Late",
    state_late_on: "Late (sent {date})",
    state_not_due: "Not due this cycle",
    state_not_due_since: "Not due this cycle (listed {date})",
    records_hint: "Records made by the unit: the activities and readings the unit recorded (by recording unit, not by lead unit), dated within this reporting cycle.",
    state_no_cycle: "—",
    state_own: "This unit",
    never: "Never",
    behind_heading: "Targets behind, by lead unit",
    none_behind: "No target is behind.",
    files_heading: "Files imported",
    titled: "{heading} ({date})",
    col_lead: "Lead unit",
    col_target: "Target",
    col_status: "Status",
    aside: " ({text})",
    then: "; ",
    led_counts: "{n} ({colours})",
    colour_count: "{colour} {n}",
    list_sep: ", ",
    unit_ask_heading: "Your unit's name",
    unit_ask_body: "An export says which unit sent it, and new records note the unit that recorded them. Enter your unit's name (e.g. 秘书一处).",
    unit_ask_ok: "Save and export",
    unit_ask_skip: "Export without a name",
};

/// The tables of `lang`.
pub fn msgs(lang: super::Lang) -> &'static ReportingMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
