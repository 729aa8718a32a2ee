//! Messages of the ledger area.

/// Strings of the ledger area.
#[derive(Debug)]
pub struct LedgerMsgs {
    /// The area's name.
    pub title: &'static str,
    /// The view's heading.
    pub heading: &'static str,
    /// Heading of the add form.
    pub add_title: &'static str,
    /// Hint under the add form.
    pub add_hint: &'static str,
    /// Column and field: date.
    pub date: &'static str,
    /// Column and field: what was done.
    pub title_col: &'static str,
    /// Column and field: targets counted.
    pub targets: &'static str,
    /// Placeholder of the target chooser.
    pub target_placeholder: &'static str,
    /// Adds the typed target.
    pub add_target: &'static str,
    /// Removes target `{0}` from the activity.
    pub remove_target: &'static str,
    /// Column and field: quantity.
    pub quantity: &'static str,
    /// Column and field: people.
    pub people: &'static str,
    /// Placeholder of the people field.
    pub people_placeholder: &'static str,
    /// Column and field: lead unit.
    pub unit: &'static str,
    /// Column and field: notes.
    pub notes: &'static str,
    /// Saves the activity.
    pub save: &'static str,
    /// Adds the activity.
    pub add: &'static str,
    /// Cancels editing.
    pub cancel: &'static str,
    /// Edits a row.
    pub edit: &'static str,
    /// Deletes a row.
    pub delete: &'static str,
    /// Accessible name of the edit button for `{0}`.
    pub edit_row: &'static str,
    /// Accessible name of the delete button for `{0}`.
    pub delete_row: &'static str,
    /// Column of row actions.
    pub actions: &'static str,
    /// Toast after adding `{0}`.
    pub added: &'static str,
    /// Toast after editing `{0}`.
    pub updated: &'static str,
    /// Toast after deleting `{0}`.
    pub deleted: &'static str,
    /// Error: the typed text `{0}` matches no target.
    pub need_target: &'static str,
    /// Error: neither a title nor a target.
    pub need_title: &'static str,
    /// Error: the date is not valid.
    pub bad_date: &'static str,
    /// Error: the quantity is not a whole number ≥ 1.
    pub bad_quantity: &'static str,
    /// Heading of the filters.
    pub filters: &'static str,
    /// Filter: first day.
    pub from: &'static str,
    /// Filter: last day.
    pub to: &'static str,
    /// Filter: section.
    pub section: &'static str,
    /// Filter: text.
    pub search: &'static str,
    /// Placeholder of the text filter.
    pub search_placeholder: &'static str,
    /// Filter choice that keeps everything.
    pub all: &'static str,
    /// Clears the filters.
    pub clear: &'static str,
    /// The number `{0}` and total quantity `{1}` of the rows shown.
    pub totals: &'static str,
    /// Appended: out of `{0}` in the ledger.
    pub of_all: &'static str,
    /// Page `{0}` of `{1}`.
    pub page: &'static str,
    /// Previous page.
    pub prev: &'static str,
    /// Next page.
    pub next: &'static str,
    /// When the ledger is empty.
    pub empty: &'static str,
    /// When the filters keep nothing.
    pub no_match: &'static str,
    /// Accessible hint of a sortable header: sort by `{0}`.
    pub sort_by: &'static str,
    /// Caption of the table.
    pub table_caption: &'static str,
    /// Prints the ledger.
    pub print: &'static str,
    /// A target id the plan no longer has: `{0}`.
    pub unknown_target: &'static str,
}

/// 中文.
pub const ZH: LedgerMsgs = LedgerMsgs {
    title: "台账",
    heading: "工作台账",
    add_title: "登记工作",
    add_hint: "输入指标名称的一部分即可选择；按回车保存。事项留空时使用指标名称。",
    date: "日期",
    title_col: "事项",
    targets: "计入指标",
    target_placeholder: "输入指标名称，如：培训",
    add_target: "添加指标",
    remove_target: "移除指标：{0}",
    quantity: "数量",
    people: "人员",
    people_placeholder: "多人用顿号分隔",
    unit: "牵头处室",
    notes: "备注",
    save: "保存",
    add: "登记",
    cancel: "取消",
    edit: "编辑",
    delete: "删除",
    edit_row: "编辑：{0}",
    delete_row: "删除：{0}",
    actions: "操作",
    added: "已登记：{0}",
    updated: "已修改：{0}",
    deleted: "已删除：{0}",
    need_target: "没有名称包含“{0}”的指标",
    need_title: "请填写事项或选择指标",
    bad_date: "请填写有效日期",
    bad_quantity: "数量应为不小于 1 的整数",
    filters: "筛选",
    from: "起始日期",
    to: "截止日期",
    section: "部分",
    search: "搜索",
    search_placeholder: "事项、备注、人员…",
    all: "全部",
    clear: "清除筛选",
    totals: "共 {0} 条，数量合计 {1}",
    of_all: "（台账共 {0} 条）",
    page: "第 {0} / {1} 页",
    prev: "上一页",
    next: "下一页",
    empty: "台账里还没有记录。用上面的表单登记第一条工作。",
    no_match: "没有符合筛选条件的记录。",
    sort_by: "按{0}排序",
    table_caption: "工作台账明细",
    print: "打印",
    unknown_target: "（已删除的指标 {0}）",
};

/// English.
pub const EN: LedgerMsgs = LedgerMsgs {
    title: "Ledger",
    heading: "Ledger",
    add_title: "Record an activity",
    add_hint: "Type part of a target's name to choose it; Enter saves. Leave the title empty to use the target's name.",
    date: "Date",
    title_col: "Activity",
    targets: "Targets",
    target_placeholder: "Type a target, e.g. training",
    add_target: "Add target",
    remove_target: "Remove target: {0}",
    quantity: "Qty",
    people: "People",
    people_placeholder: "Separate names with commas",
    unit: "Lead unit",
    notes: "Notes",
    save: "Save",
    add: "Add",
    cancel: "Cancel",
    edit: "Edit",
    delete: "Delete",
    edit_row: "Edit: {0}",
    delete_row: "Delete: {0}",
    actions: "Actions",
    added: "Recorded: {0}",
    updated: "Changed: {0}",
    deleted: "Deleted: {0}",
    need_target: "No target's name contains \u{201c}{0}\u{201d}",
    need_title: "Enter an activity or choose a target",
    bad_date: "Enter a valid date",
    bad_quantity: "Quantity must be a whole number, at least 1",
    filters: "Filter",
    from: "From",
    to: "To",
    section: "Section",
    search: "Search",
    search_placeholder: "Activity, notes, people…",
    all: "All",
    clear: "Clear filters",
    totals: "{0} activities, total quantity {1}",
    of_all: " (of {0} in the ledger)",
    page: "Page {0} of {1}",
    prev: "Previous",
    next: "Next",
    empty: "Nothing recorded yet. Use the form above to record the first activity.",
    no_match: "No activity matches the filters.",
    sort_by: "Sort by {0}",
    table_caption: "Ledger entries",
    print: "Print",
    unknown_target: "(removed target {0})",
};

/// The table of `lang`. Reached only from the code that shows these
/// strings, so that the table lands in that code's part of the browser module.
pub fn msgs(lang: super::Lang) -> &'static LedgerMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
