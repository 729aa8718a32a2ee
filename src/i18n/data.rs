//! Messages of the 数据 (Data) view: export, import, snapshots, storage,
//! settings.

/// Strings of the Data view.
#[derive(Debug)]
pub struct DataMsgs {
    /// The view's heading.
    pub title: &'static str,
    /// One line under the heading on what the view is for.
    pub intro: &'static str,

    /// Heading of the export card.
    pub export_title: &'static str,
    /// What a JSON export is for.
    pub export_json_hint: &'static str,
    /// Button: export JSON.
    pub export_json: &'static str,
    /// What a CSV export is for.
    pub export_csv_hint: &'static str,
    /// Button: export CSV.
    pub export_csv: &'static str,
    /// Label before the date of the last export.
    pub last_export: &'static str,
    /// When nothing was exported yet.
    pub never_exported: &'static str,
    /// Toast after an export, followed by the file name.
    pub exported: &'static str,

    /// Heading of the import card.
    pub import_title: &'static str,
    /// What import does.
    pub import_hint: &'static str,
    /// Label of the file picker.
    pub choose_file: &'static str,
    /// Hint that a file can also be dropped on the page.
    pub drop_hint: &'static str,
    /// Heading of an import preview: nothing has changed yet.
    pub preview_title: &'static str,
    /// Label before the file's name in the preview.
    pub file_name: &'static str,
    /// Label before the file's size.
    pub file_size: &'static str,
    /// Label before the export time written in the file.
    pub file_exported_at: &'static str,
    /// Label before the unit that exported the file.
    pub file_unit: &'static str,
    /// Label before the plan in the file.
    pub file_plan: &'static str,
    /// Label before the counts of records in the file.
    pub file_records: &'static str,
    /// Counts of records: activities, readings.
    pub records_count: fn(usize, usize) -> String,
    /// Heading of the preview of what a merge will do.
    pub merge_effect: &'static str,
    /// When merging changes nothing.
    pub merge_nothing: &'static str,
    /// What replacing does.
    pub replace_effect: &'static str,
    /// Merge button.
    pub merge: &'static str,
    /// Replace button.
    pub replace: &'static str,
    /// Cancel button.
    pub cancel: &'static str,
    /// Toast after a merge (the summary follows).
    pub merged: &'static str,
    /// Toast after replacing.
    pub replaced: &'static str,
    /// Toast when an import was cancelled.
    pub import_cancelled: &'static str,
    /// Heading of a refused file (the name follows).
    pub bad_file: &'static str,
    /// Said under every refusal.
    pub nothing_changed: &'static str,
    /// Refusal of a file that could not be read from disk.
    pub unreadable_file: &'static str,
    /// Label before the field path of a refusal.
    pub error_at: &'static str,
    /// A CSV file read: good rows, bad rows.
    pub csv_summary: fn(usize, usize) -> String,
    /// Rows that repeat an activity already in the ledger.
    pub csv_duplicates: fn(usize) -> String,
    /// Heading of the table of rows that could not be read.
    pub csv_bad_rows: &'static str,
    /// Under a shortened list: `{0}` entries not listed.
    pub more_unlisted: &'static str,
    /// Button showing a shortened list whole: `{0}` entries in all.
    pub show_all: &'static str,
    /// Button shortening it again.
    pub show_fewer: &'static str,
    /// Column: line.
    pub col_line: &'static str,
    /// Column: column.
    pub col_column: &'static str,
    /// Column: reason.
    pub col_reason: &'static str,
    /// Button: import all rows (no errors).
    pub csv_import: fn(usize) -> String,
    /// Button: skip the bad rows and import the rest.
    pub csv_import_skip: fn(usize) -> String,
    /// Explains that nothing is imported from a file with errors unless the user chooses.
    pub csv_none_unless: &'static str,
    /// A CSV without a single good row.
    pub csv_nothing: &'static str,
    /// Toast after a CSV import.
    pub csv_imported: fn(usize) -> String,
    /// The import was refused by the document's checks (reason follows).
    pub import_refused: &'static str,

    /// Heading of the snapshots card.
    pub snapshots_title: &'static str,
    /// How snapshots work.
    pub snapshots_hint: &'static str,
    /// The same, for the document kept in IndexedDB (30 days).
    pub snapshots_hint_rows: &'static str,
    /// No snapshots yet.
    pub no_snapshots: &'static str,
    /// Column: the day a snapshot holds.
    pub snapshot_day: &'static str,
    /// Column: size.
    pub snapshot_size: &'static str,
    /// Column: what it holds.
    pub snapshot_holds: &'static str,
    /// Button: restore a snapshot.
    pub restore: &'static str,
    /// Button: delete a snapshot.
    pub delete: &'static str,
    /// Toast after restoring (the day follows).
    pub restored: &'static str,
    /// A snapshot that cannot be read (reason follows).
    pub snapshot_unreadable: &'static str,
    /// Toast after deleting a snapshot.
    pub snapshot_deleted: &'static str,

    /// Heading of the storage card.
    pub storage_title: &'static str,
    /// Storage use: used bytes text, budget text, percent text.
    pub storage_used: fn(&str, &str, &str) -> String,
    /// Label before the working document's size.
    pub storage_document: &'static str,
    /// Label before the snapshots' size.
    pub storage_snapshots: &'static str,
    /// Label before the save state.
    pub storage_state: &'static str,
    /// Explains where the data lives.
    pub storage_hint: &'static str,
    /// Storage unavailable.
    pub storage_unavailable: &'static str,
    /// The document is kept in IndexedDB since {day} ("" when unknown).
    pub store_rows: fn(&str) -> String,
    /// The restore points' total size.
    pub store_points: &'static str,

    /// Heading of the settings card.
    pub settings_title: &'static str,
    /// Label of the unit name.
    pub unit_label: &'static str,
    /// Hint under the unit name.
    pub unit_hint: &'static str,
    /// Toast after renaming the unit.
    pub unit_saved: &'static str,
    /// Label of the reminder days.
    pub reminder_label: &'static str,
    /// Hint under the reminder days.
    pub reminder_hint: &'static str,
}

fn records_zh(a: usize, r: usize) -> String {
    format!("活动 {a} 条，数值记录 {r} 条")
}
fn records_en(a: usize, r: usize) -> String {
    format!("{a} activities, {r} readings")
}
fn csv_summary_zh(good: usize, bad: usize) -> String {
    if bad == 0 {
        format!("读取到 {good} 条活动，全部可以导入。")
    } else {
        format!("读取到 {good} 条活动；另有 {bad} 行无法读取，原因见下表。")
    }
}
fn csv_summary_en(good: usize, bad: usize) -> String {
    if bad == 0 {
        format!("{good} activities read; all can be imported.")
    } else {
        format!("{good} activities read; {bad} rows could not be read, see the table below.")
    }
}
fn dup_zh(n: usize) -> String {
    format!("其中 {n} 条与台账中已有的活动完全相同（日期、事项、指标、数量一致），导入时将跳过。")
}
fn dup_en(n: usize) -> String {
    format!("{n} of them are already in the ledger (same date, title, targets and quantity) and will be skipped.")
}
fn csv_import_zh(n: usize) -> String {
    format!("导入 {n} 条活动")
}
fn csv_import_en(n: usize) -> String {
    format!("Import {n} activities")
}
fn csv_skip_zh(n: usize) -> String {
    format!("跳过有问题的行，导入其余 {n} 条")
}
fn csv_skip_en(n: usize) -> String {
    format!("Skip the bad rows and import the other {n}")
}
fn csv_imported_zh(n: usize) -> String {
    format!("已从表格导入 {n} 条活动。")
}
fn csv_imported_en(n: usize) -> String {
    format!("{n} activities imported from the spreadsheet.")
}
fn store_rows_zh(day: &str) -> String {
    let since = if day.is_empty() {
        String::new()
    } else {
        format!("（自 {day} 起）")
    };
    format!("数据逐条保存在本浏览器的 IndexedDB 中{since}，每次修改只写入改动的记录。原 localStorage 中的数据（如有）保留作备份，不再写入。")
}
fn store_rows_en(day: &str) -> String {
    let since = if day.is_empty() {
        String::new()
    } else {
        format!(" (since {day})")
    };
    format!("The data is kept record by record in this browser's IndexedDB{since}; each change writes only the records it changed. The earlier copy in localStorage, if any, is kept as a backup and no longer written.")
}
fn used_zh(used: &str, budget: &str, pct: &str) -> String {
    format!("已使用 {used}，约占浏览器存储上限（{budget}）的 {pct}")
}
fn used_en(used: &str, budget: &str, pct: &str) -> String {
    format!("{used} used, about {pct} of the browser's limit ({budget})")
}

/// 中文.
pub const ZH: DataMsgs = DataMsgs {
    title: "数据",
    intro: "数据只保存在本浏览器中。请定期导出备份；与同事交换台账也通过导出和导入文件完成。",
    export_title: "导出",
    export_json_hint: "完整备份：计划、台账和数值记录，可在任何电脑上导入恢复，也可发给同事或上级合并。",
    export_json: "导出 JSON 备份",
    export_csv_hint: "台账表格，可用 Excel 或 WPS 打开。",
    export_csv: "导出 CSV 台账",
    last_export: "上次导出：",
    never_exported: "尚未导出过备份",
    exported: "已导出：",
    import_title: "导入",
    import_hint: "可导入本程序导出的 JSON 文件、数据包（.zip，连同佐证材料文件），或按导出格式整理的 CSV 台账。导入前会先显示文件内容和将要进行的修改，确认后才会改动数据。",
    choose_file: "选择要导入的文件…",
    drop_hint: "也可以把文件直接拖到本页面上。",
    preview_title: "导入预览（在您做出选择之前，数据不会有任何改动）",
    file_name: "文件",
    file_size: "大小",
    file_exported_at: "导出时间",
    file_unit: "导出单位",
    file_plan: "计划",
    file_records: "内容",
    records_count: records_zh,
    merge_effect: "合并的效果",
    merge_nothing: "文件中的内容已全部包含在当前数据中，合并不会改变任何内容。",
    replace_effect: "替换：用文件内容覆盖当前的全部数据（计划和台账）。替换后可以撤销。",
    merge: "合并到当前数据",
    replace: "替换当前数据",
    cancel: "取消",
    merged: "已合并：",
    replaced: "已用导入的文件替换全部数据。",
    import_cancelled: "已取消导入，数据没有改动。",
    bad_file: "无法导入：",
    nothing_changed: "数据没有任何改动。",
    unreadable_file: "浏览器无法读取此文件。",
    error_at: "位置：",
    csv_summary: csv_summary_zh,
    csv_duplicates: dup_zh,
    csv_bad_rows: "无法读取的行",
    more_unlisted: "另有 {0} 条未列出……",
    show_all: "显示全部 {0} 条",
    show_fewer: "只显示前几条",
    col_line: "行号",
    col_column: "列",
    col_reason: "原因",
    csv_import: csv_import_zh,
    csv_import_skip: csv_skip_zh,
    csv_none_unless: "文件中有无法读取的行，默认一条也不导入。可以修改文件后重新导入，或选择跳过这些行。",
    csv_nothing: "文件中没有可以导入的活动。",
    csv_imported: csv_imported_zh,
    import_refused: "导入未完成，数据没有改动：",
    snapshots_title: "历史快照",
    snapshots_hint: "每天第一次保存时，自动保留前一天结束时的数据，保留最近 7 天。恢复后可以撤销。",
    snapshots_hint_rows: "每天第一次保存时，自动保留前一天结束时的完整数据作为还原点，保留最近 30 天（以及最近的一个）。恢复后可以撤销。",
    no_snapshots: "还没有快照：明天起会自动保留。",
    snapshot_day: "日期",
    snapshot_size: "大小",
    snapshot_holds: "内容",
    restore: "恢复",
    delete: "删除",
    restored: "已恢复到快照：",
    snapshot_unreadable: "此快照无法读取：",
    snapshot_deleted: "已删除快照。",
    storage_title: "浏览器存储",
    store_rows: store_rows_zh,
    store_points: "还原点",
    storage_used: used_zh,
    storage_document: "当前数据",
    storage_snapshots: "快照",
    storage_state: "保存状态",
    storage_hint: "数据保存在本浏览器的本地存储中，不会上传到任何服务器。清理浏览器数据会一并删除，请以导出的文件为准。",
    storage_unavailable: "本浏览器不允许使用本地存储，数据只在内存中。",
    settings_title: "设置",
    unit_label: "本单位名称",
    unit_hint: "写入导出文件和文件名，便于上级区分各单位报来的台账。",
    unit_saved: "已更新本单位名称。",
    reminder_label: "导出提醒（天）",
    reminder_hint: "距上次导出超过这么多天时提醒导出备份；填 0 不提醒。",
};

/// English.
pub const EN: DataMsgs = DataMsgs {
    title: "Data",
    intro: "The data lives only in this browser. Export a backup regularly; ledgers are exchanged with colleagues by exporting and importing files.",
    export_title: "Export",
    export_json_hint: "A complete backup: plan, ledger and readings. Import it on any computer to restore, or send it to a colleague or the office to merge.",
    export_json: "Export JSON backup",
    export_csv_hint: "The ledger as a table for Excel or WPS.",
    export_csv: "Export CSV ledger",
    last_export: "Last export: ",
    never_exported: "No backup exported yet",
    exported: "Exported: ",
    import_title: "Import",
    import_hint: "Import a JSON file exported by this app, a package (.zip, with its evidence files), or a CSV ledger in the export's layout. You see what the file holds and what it will do before anything changes.",
    choose_file: "Choose a file to import…",
    drop_hint: "You can also drop a file anywhere on this page.",
    preview_title: "Import preview (nothing changes until you choose)",
    file_name: "File",
    file_size: "Size",
    file_exported_at: "Exported at",
    file_unit: "Exported by",
    file_plan: "Plan",
    file_records: "Holds",
    records_count: records_en,
    merge_effect: "What merging will do",
    merge_nothing: "Everything in the file is already here: merging changes nothing.",
    replace_effect: "Replace: the file's content takes the place of all current data (plan and ledger). You can undo it.",
    merge: "Merge into current data",
    replace: "Replace current data",
    cancel: "Cancel",
    merged: "Merged: ",
    replaced: "All data replaced by the imported file.",
    import_cancelled: "Import cancelled; nothing changed.",
    bad_file: "Cannot import ",
    nothing_changed: "Nothing was changed.",
    unreadable_file: "The browser could not read this file.",
    error_at: "At: ",
    csv_summary: csv_summary_en,
    csv_duplicates: dup_en,
    csv_bad_rows: "Rows that could not be read",
    more_unlisted: "{0} more not listed…",
    show_all: "Show all {0}",
    show_fewer: "Show the first few only",
    col_line: "Line",
    col_column: "Column",
    col_reason: "Reason",
    csv_import: csv_import_en,
    csv_import_skip: csv_skip_en,
    csv_none_unless: "Some rows could not be read, so nothing is imported unless you choose to skip them. You can also fix the file and import it again.",
    csv_nothing: "The file holds no activities that can be imported.",
    csv_imported: csv_imported_en,
    import_refused: "The import did not go through and nothing changed: ",
    snapshots_title: "Snapshots",
    snapshots_hint: "The first save of each day keeps the data as it was at the end of the previous day, for the last 7 days. Restoring can be undone.",
    snapshots_hint_rows: "The first save of each day keeps the whole data as it was at the end of the previous day as a restore point, for the last 30 days (and always the latest one). Restoring can be undone.",
    no_snapshots: "No snapshots yet: they are kept from tomorrow on.",
    snapshot_day: "Day",
    snapshot_size: "Size",
    snapshot_holds: "Holds",
    restore: "Restore",
    delete: "Delete",
    restored: "Restored the snapshot of ",
    snapshot_unreadable: "This snapshot cannot be read: ",
    snapshot_deleted: "Snapshot deleted.",
    storage_title: "Browser storage",
    store_rows: store_rows_en,
    store_points: "Restore points",
    storage_used: used_en,
    storage_document: "Current data",
    storage_snapshots: "Snapshots",
    storage_state: "Save state",
    storage_hint: "The data is kept in this browser's local storage and never uploaded anywhere. Clearing browser data deletes it too: exported files are the record.",
    storage_unavailable: "This browser does not allow local storage; the data is only in memory.",
    settings_title: "Settings",
    unit_label: "Your unit's name",
    unit_hint: "Written into exported files and their names, so the office can tell units' ledgers apart.",
    unit_saved: "Unit name updated.",
    reminder_label: "Export reminder (days)",
    reminder_hint: "Remind to export a backup when the last export is older than this; 0 turns the reminder off.",
};

/// The table of `lang`. Reached only from the code that shows these
/// strings, so that the table lands in that code's part of the browser module.
pub fn msgs(lang: super::Lang) -> &'static DataMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
