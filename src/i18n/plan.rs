//! Messages of the plan editor.

/// Strings of the plan editor.
#[derive(Debug)]
pub struct PlanMsgs {
    /// The area's name.
    pub title: &'static str,
    /// The view's heading.
    pub heading: &'static str,
    /// Heading of the plan's basic facts.
    pub basics: &'static str,
    /// Field: plan title.
    pub plan_title: &'static str,
    /// Field: first day.
    pub start: &'static str,
    /// Field: last day.
    pub end: &'static str,
    /// Heading of the roster.
    pub people: &'static str,
    /// Hint of the roster.
    pub people_hint: &'static str,
    /// Field: a person's name.
    pub person_name: &'static str,
    /// Field: a person's role.
    pub person_role: &'static str,
    /// Adds a person.
    pub add_person: &'static str,
    /// Heading of the lead units.
    pub units: &'static str,
    /// Field: a unit's name.
    pub unit_name: &'static str,
    /// Adds a unit.
    pub add_unit: &'static str,
    /// Removes a row.
    pub remove: &'static str,
    /// Accessible name: remove `{0}`.
    pub remove_named: &'static str,
    /// Heading of the sections.
    pub sections: &'static str,
    /// Field: a section's title.
    pub section_title: &'static str,
    /// Adds a section.
    pub add_section: &'static str,
    /// Title of a new section.
    pub new_section: &'static str,
    /// Deletes a section.
    pub delete_section: &'static str,
    /// Moves up.
    pub move_up: &'static str,
    /// Moves down.
    pub move_down: &'static str,
    /// Adds a target.
    pub add_target: &'static str,
    /// Title of a new target.
    pub new_target: &'static str,
    /// Deletes a target.
    pub delete_target: &'static str,
    /// Field: a target's title.
    pub target_title: &'static str,
    /// Field: kind of target.
    pub kind: &'static str,
    /// Field: unit of measure.
    pub unit: &'static str,
    /// Hint of the unit field.
    pub unit_hint: &'static str,
    /// Field: lead unit.
    pub lead: &'static str,
    /// Field: responsible person.
    pub owner: &'static str,
    /// Field: weight.
    pub weight: &'static str,
    /// When the roster is empty.
    pub roster_empty: &'static str,
    /// Saves the plan.
    pub save: &'static str,
    /// Discards changes.
    pub discard: &'static str,
    /// Note: unsaved changes.
    pub unsaved: &'static str,
    /// Toast after saving.
    pub saved: &'static str,
    /// Note: `{0}` problems block saving.
    pub has_errors: &'static str,
    /// Note: `{0}` warnings.
    pub warnings: &'static str,
    /// Number of targets `{0}` in a section.
    pub target_count: &'static str,
    /// Heading of the new plan card.
    pub new_plan: &'static str,
    /// Hint of the new plan card.
    pub new_plan_hint: &'static str,
    /// Starts from the default template.
    pub from_template: &'static str,
    /// Starts from a blank page.
    pub from_blank: &'static str,
    /// Copies this plan into next year.
    pub next_year: &'static str,
    /// Confirmation for the template: year `{0}`.
    pub confirm_template: &'static str,
    /// Confirmation for a blank plan.
    pub confirm_blank: &'static str,
    /// Confirmation for next year: year `{0}`.
    pub confirm_next: &'static str,
    /// Confirms.
    pub confirm: &'static str,
    /// Cancels.
    pub cancel: &'static str,
    /// Toast after replacing the plan.
    pub replaced: &'static str,
    /// Accessible label of a target's problems.
    pub problems_here: &'static str,
}

/// 中文.
pub const ZH: PlanMsgs = PlanMsgs {
    title: "计划",
    heading: "编辑计划",
    basics: "基本信息",
    plan_title: "计划名称",
    start: "开始日期",
    end: "结束日期",
    people: "人员名单",
    people_hint: "“每人”类指标从这里选择人员；台账中的人员姓名应与名单一致。",
    person_name: "姓名",
    person_role: "职务",
    add_person: "添加人员",
    units: "牵头处室",
    unit_name: "处室名称",
    add_unit: "添加处室",
    remove: "移除",
    remove_named: "移除：{0}",
    sections: "部分与指标",
    section_title: "部分标题",
    add_section: "添加部分",
    new_section: "新的部分",
    delete_section: "删除本部分",
    move_up: "上移",
    move_down: "下移",
    add_target: "添加指标",
    new_target: "新指标",
    delete_target: "删除指标",
    target_title: "指标名称",
    kind: "类型",
    unit: "计量单位",
    unit_hint: "如：次、篇、个、%",
    lead: "牵头处室",
    owner: "责任人",
    weight: "权重",
    roster_empty: "人员名单为空，请先在上方“人员名单”中添加人员。",
    save: "保存计划",
    discard: "放弃修改",
    unsaved: "有未保存的修改",
    saved: "计划已保存",
    has_errors: "还有 {0} 处问题需要修改，改好后才能保存",
    warnings: "{0} 处提醒",
    target_count: "{0} 项指标",
    new_plan: "新建计划",
    new_plan_hint: "以下操作会替换当前的计划和台账，可以用“撤销”恢复。建议先在“数据”页导出备份。",
    from_template: "使用默认模板",
    from_blank: "空白计划",
    next_year: "复制为下一年计划",
    confirm_template: "用 {0} 年默认模板替换当前计划，并清空台账？",
    confirm_blank: "用空白计划替换当前计划，并清空台账？",
    confirm_next: "把本计划的结构复制到 {0} 年（日期顺延一年，台账清空）？",
    confirm: "确认",
    cancel: "取消",
    replaced: "已新建计划（可撤销）",
    problems_here: "本指标的问题",
};

/// English.
pub const EN: PlanMsgs = PlanMsgs {
    title: "Plan",
    heading: "Edit the plan",
    basics: "Basics",
    plan_title: "Plan title",
    start: "Start",
    end: "End",
    people: "People",
    people_hint: "Per-person targets choose from this roster; names in the ledger should match it.",
    person_name: "Name",
    person_role: "Role",
    add_person: "Add a person",
    units: "Lead units",
    unit_name: "Unit name",
    add_unit: "Add a unit",
    remove: "Remove",
    remove_named: "Remove: {0}",
    sections: "Sections and targets",
    section_title: "Section title",
    add_section: "Add a section",
    new_section: "New section",
    delete_section: "Delete this section",
    move_up: "Move up",
    move_down: "Move down",
    add_target: "Add a target",
    new_target: "New target",
    delete_target: "Delete target",
    target_title: "Target",
    kind: "Kind",
    unit: "Unit",
    unit_hint: "e.g. 次, 篇, 个, %",
    lead: "Lead unit",
    owner: "Responsible",
    weight: "Weight",
    roster_empty: "The roster is empty: add people above first.",
    save: "Save the plan",
    discard: "Discard changes",
    unsaved: "Unsaved changes",
    saved: "Plan saved",
    has_errors: "{0} problems must be fixed before saving",
    warnings: "{0} warnings",
    target_count: "{0} targets",
    new_plan: "Start a new plan",
    new_plan_hint: "These replace the current plan and ledger; Undo brings them back. Export a backup on the Data page first.",
    from_template: "From the default template",
    from_blank: "From a blank page",
    next_year: "Copy into next year",
    confirm_template: "Replace the plan with the default template for {0} and empty the ledger?",
    confirm_blank: "Replace the plan with a blank one and empty the ledger?",
    confirm_next: "Copy this plan's structure into {0} (dates moved on a year, ledger emptied)?",
    confirm: "Confirm",
    cancel: "Cancel",
    replaced: "New plan started (undoable)",
    problems_here: "Problems with this target",
};

/// The table of `lang`. Reached only from the code that shows these
/// strings, so that the table lands in that code's part of the browser module.
pub fn msgs(lang: super::Lang) -> &'static PlanMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
