//! Messages about records whose target left the plan (未归属) and about
//! deleting a target that has records.

/// Strings about unassigned records and deleting a target with records.
#[derive(Debug)]
pub struct RecordsMsgs {
    /// Heading of the unassigned notice on the dashboard and ledger.
    pub unassigned_title: &'static str,
    /// Body of the notice; the count of records follows.
    pub unassigned_body: &'static str,
    /// Unit after the count of records.
    pub records_unit: &'static str,
    /// Label before a missing target's id.
    pub missing_target: &'static str,
    /// Label of the chooser of a target to move records to.
    pub move_to: &'static str,
    /// Placeholder option of that chooser.
    pub choose_target: &'static str,
    /// Button: point the records at the chosen target.
    pub relink: &'static str,
    /// Button: delete the records.
    pub delete_records: &'static str,
    /// Toast after records were moved.
    pub relinked: &'static str,
    /// Toast after records were deleted.
    pub deleted: &'static str,
    /// Heading of the question asked before a target with records is
    /// deleted.
    pub delete_target_title: &'static str,
    /// Body of that question; the counts follow.
    pub delete_target_body: &'static str,
    /// Activities, after a count.
    pub activities_unit: &'static str,
    /// Readings, after a count.
    pub readings_unit: &'static str,
    /// Choice: keep the records as unassigned.
    pub keep_unassigned: &'static str,
    /// Choice: move the records to another target.
    pub move_records: &'static str,
    /// Choice: delete the records with the target.
    pub delete_with: &'static str,
    /// Confirms the deletion with the choice made.
    pub confirm_delete: &'static str,
    /// Cancels the deletion.
    pub cancel: &'static str,
    /// Heading of the import preview's list of plan changes.
    pub plan_changes: &'static str,
    /// A target the merge adds.
    pub target_added: &'static str,
    /// A target the merge replaces by their newer version.
    pub target_changed: &'static str,
    /// A target the merge removes (their newer deletion).
    pub target_removed: &'static str,
    /// A target both changed where ours is newer and kept.
    pub target_kept_mine: &'static str,
    /// In the import preview: records of the file naming targets its plan
    /// lacks; the count follows.
    pub import_unassigned: &'static str,
}

/// Chinese.
pub const ZH: RecordsMsgs = RecordsMsgs {
    unassigned_title: "有记录未归属",
    unassigned_body: "以下记录关联的指标已不在计划中，暂不计入任何指标的进度。可改为关联现有指标，或删除这些记录（可撤销）。共 ",
    records_unit: " 条",
    missing_target: "已不在计划中的指标：",
    move_to: "改为关联",
    choose_target: "选择指标…",
    relink: "改为关联",
    delete_records: "删除这些记录",
    relinked: "已改为关联所选指标。",
    deleted: "已删除未归属的记录。",
    delete_target_title: "此指标已有记录",
    delete_target_body: "有记录关联到这个指标：",
    activities_unit: " 条活动",
    readings_unit: " 条数值",
    keep_unassigned: "保留这些记录，列为未归属",
    move_records: "改为关联到另一个指标",
    delete_with: "连同这些记录一并删除",
    confirm_delete: "删除指标",
    cancel: "取消",
    plan_changes: "计划的变化（逐项指标）",
    target_added: "新增",
    target_changed: "采用对方较新版本",
    target_removed: "删除（对方较新的删除）",
    target_kept_mine: "保留本方较新版本",
    import_unassigned: "文件中有记录关联的指标不在计划中，导入后列为未归属，可再改为关联或删除。记录数：",
};

/// English.
pub const EN: RecordsMsgs = RecordsMsgs {
    unassigned_title: "Some records are unassigned",
    unassigned_body: "These records name targets that are no longer in the plan, so they count toward no target. Move them to a target of the plan, or delete them (undoable). Records: ",
    records_unit: "",
    missing_target: "Target no longer in the plan: ",
    move_to: "Move to",
    choose_target: "Choose a target…",
    relink: "Move",
    delete_records: "Delete these records",
    relinked: "The records now count toward the chosen target.",
    deleted: "The unassigned records were deleted.",
    delete_target_title: "This target has records",
    delete_target_body: "Records count toward this target: ",
    activities_unit: " activities",
    readings_unit: " readings",
    keep_unassigned: "Keep them, listed as unassigned",
    move_records: "Move them to another target",
    delete_with: "Delete them with the target",
    confirm_delete: "Delete the target",
    cancel: "Cancel",
    plan_changes: "Changes to the plan, target by target",
    target_added: "Added",
    target_changed: "Theirs is newer and kept",
    target_removed: "Removed (their newer deletion)",
    target_kept_mine: "Ours is newer and kept",
    import_unassigned: "Some records in the file name targets its plan does not have; they are imported as unassigned, to be moved or deleted. Records: ",
};
