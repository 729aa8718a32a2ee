//! Words of the import's guards: another plan's file, stamps from the
//! future, a replace made in another tab.

/// The strings of the import's guards.
pub struct SafetyMsgs {
    /// Heading of the preview of another plan's file.
    pub other_plan_title: &'static str,
    /// What can be done with it instead of merging.
    pub other_plan_offer: &'static str,
    /// Button: download a backup of the current data, then open the file.
    pub open_instead: &'static str,
    /// Toast after opening another plan's file in place of the data.
    pub opened_instead: &'static str,
    /// The backup could not be downloaded, so nothing was replaced.
    pub backup_failed: &'static str,
    /// Items stamped more than a day after this computer's clock: {n}, {latest}.
    pub future_note: fn(usize, &str) -> String,
    /// Another tab opened another plan's data in place of this one.
    pub other_tab_plan: &'static str,
    /// Title of the notice of a stored document with records set aside:
    /// {aside}, {loaded}.
    pub set_aside_title: fn(usize, usize) -> String,
    /// What to do about records set aside; the reasons follow.
    pub set_aside_body: &'static str,
    /// The import preview: records of the file that cannot be read: {n}.
    pub import_set_aside: fn(usize) -> String,
    /// Button: merge the file's other records.
    pub merge_rest: &'static str,
    /// Snapshots dropped so that the document could be saved: {days}.
    pub snapshots_dropped: fn(&str) -> String,
    /// A day's snapshot skipped for want of room: {day}.
    pub snapshot_skipped: fn(&str) -> String,
    /// The full-storage warning, once even without snapshots the document
    /// does not fit.
    pub full_no_snapshots: &'static str,
    /// What can still be freed: recovery copies of {size}.
    pub full_free_recovery: fn(&str) -> String,
    /// What can still be freed: other data of this site, {size}.
    pub full_free_other: fn(&str) -> String,
    /// Nothing can be freed.
    pub full_free_nothing: &'static str,
    /// The import preview: the result fits only once these snapshots are
    /// dropped: {days}.
    pub import_drops_snapshots: fn(&str) -> String,
    /// The import preview: the result will not fit: {need}, {room}.
    pub import_will_not_fit: fn(&str, &str) -> String,
}

fn future_zh(n: usize, latest: &str) -> String {
    format!("此文件有 {n} 项内容的修改时间晚于本机时钟一天以上（最晚 {latest}），不可信：这些内容不会覆盖或删除本机已有的数据，本机没有的按导入时间计入。")
}
fn future_en(n: usize, latest: &str) -> String {
    format!("{n} items of this file are stamped more than a day after this computer's clock (the latest {latest}) and are not trusted: they will not overwrite or delete anything here; what is not here yet is taken as of the import.")
}

fn aside_title_zh(aside: usize, loaded: usize) -> String {
    format!("浏览器中保存的数据有 {aside} 条记录无法读取，已单独保留；其余 {loaded} 条记录已载入")
}
fn aside_title_en(aside: usize, loaded: usize) -> String {
    format!("{aside} records of the data stored in this browser could not be read and were set aside; the other {loaded} are loaded")
}
fn import_aside_zh(n: usize) -> String {
    format!("此文件有 {n} 条记录无法读取，导入时跳过（文件本身不变，改正后可再导入）：")
}
fn import_aside_en(n: usize) -> String {
    format!("{n} records of this file cannot be read and are skipped (the file itself is unchanged; fix them and import it again):")
}

fn dropped_zh(days: &str) -> String {
    format!("浏览器存储空间不足：为保存当前数据，已删除 {days} 的快照。")
}
fn dropped_en(days: &str) -> String {
    format!("Browser storage is short of room: to save the current data, the snapshots of {days} were deleted.")
}
fn skipped_zh(day: &str) -> String {
    format!("浏览器存储空间不足，{day} 的快照放不下，未保存（已有快照均保留）。")
}
fn skipped_en(day: &str) -> String {
    format!("Browser storage is short of room: the snapshot of {day} did not fit and was not kept (the other snapshots are kept).")
}
fn free_recovery_zh(size: &str) -> String {
    format!("“无法读取的原有数据”占用 {size}：下载后点“已下载，不再提示”即可腾出，再点“重试保存”。")
}
fn free_recovery_en(size: &str) -> String {
    format!("Stored data that could not be read takes {size}: download it and choose “Downloaded — dismiss” to free it, then try saving again.")
}
fn free_other_zh(size: &str) -> String {
    format!("本网站还存有 {size} 并非落实台账的数据；清除后可再点“重试保存”。")
}
fn free_other_en(size: &str) -> String {
    format!("This site also holds {size} of data that is not Luoshi's; clear it, then try saving again.")
}
fn drops_zh(days: &str) -> String {
    format!("导入后的数据只有在删除 {days} 的快照后才放得下：保存时将删除这些快照并提示。")
}
fn drops_en(days: &str) -> String {
    format!("The data after this import fits only once the snapshots of {days} are deleted: saving will delete them and say so.")
}
fn not_fit_zh(need: &str, room: &str) -> String {
    format!("导入后的数据约 {need}，浏览器存储即使删除全部快照也只有约 {room}：导入后将无法保存到浏览器（只在本页面内存中）。请先腾出空间，或不导入。")
}
fn not_fit_en(need: &str, room: &str) -> String {
    format!("The data after this import takes about {need}; even with every snapshot deleted, browser storage has room for about {room}: it could not be saved in the browser (only in this page's memory). Free some room first, or do not import.")
}

/// 中文.
pub const ZH: SafetyMsgs = SafetyMsgs {
    other_plan_title: "此文件属于另一计划，不能合并",
    other_plan_offer: "每份数据只有一个计划，另一计划的文件不能合并到当前数据。如确需改用此文件，可打开它替换当前数据：替换前先下载当前数据的备份，替换后可撤销。",
    open_instead: "下载备份并改为打开此文件",
    opened_instead: "已下载当前数据的备份，并打开此文件替换当前数据。",
    backup_failed: "当前数据的备份未能下载，未作任何改动：",
    future_note: future_zh,
    other_tab_plan: "另一标签页已打开另一计划的数据替换当前数据，本页已随之更新。",
    set_aside_title: aside_title_zh,
    set_aside_body: "原有数据（含这些记录）已原样保存在恢复副本中，没有丢失。请下载原有数据，按下列原因改正后在“数据”页导入（合并），即可找回这些记录。原因：",
    import_set_aside: import_aside_zh,
    merge_rest: "合并其余记录",
    snapshots_dropped: dropped_zh,
    snapshot_skipped: skipped_zh,
    full_no_snapshots: "浏览器存储空间已满，删除全部快照也放不下当前数据。刚才的修改只在本页面的内存中，关闭或刷新页面就会丢失。请立即下载 JSON 备份。",
    full_free_recovery: free_recovery_zh,
    full_free_other: free_other_zh,
    full_free_nothing: "本浏览器中已没有落实台账可删除的旧数据；撤销刚才的修改，或删除部分记录后，即可再保存。",
    import_drops_snapshots: drops_zh,
    import_will_not_fit: not_fit_zh,
};

/// English.
pub const EN: SafetyMsgs = SafetyMsgs {
    other_plan_title: "This file belongs to another plan and cannot be merged",
    other_plan_offer: "A copy holds one plan: another plan's file cannot be merged into the current data. To use this file instead, open it in place of the current data: a backup of the current data is downloaded first, and the replace can be undone.",
    open_instead: "Download a backup and open this file instead",
    opened_instead: "A backup of the current data was downloaded and this file opened in its place.",
    backup_failed: "The backup of the current data could not be downloaded; nothing was changed: ",
    future_note: future_en,
    other_tab_plan: "Another tab opened another plan's data in place of this one; this tab follows it.",
    set_aside_title: aside_title_en,
    set_aside_body: "The stored data, these records included, is kept exactly as it was in a recovery copy: nothing is lost. Download it, fix what is listed below, and import it on the Data page (merge) to bring these records back. Reasons: ",
    import_set_aside: import_aside_en,
    merge_rest: "Merge the other records",
    snapshots_dropped: dropped_en,
    snapshot_skipped: skipped_en,
    full_no_snapshots: "Browser storage is full: even with every snapshot deleted the current data does not fit. Your latest changes exist only in this page's memory and are lost when the page is closed or reloaded. Download a JSON backup now.",
    full_free_recovery: free_recovery_en,
    full_free_other: free_other_en,
    full_free_nothing: "Nothing of Luoshi's is left to delete in this browser; undo the latest change, or delete some records, and it can be saved again.",
    import_drops_snapshots: drops_en,
    import_will_not_fit: not_fit_en,
};

/// The table of `lang`.
pub fn msgs(lang: super::Lang) -> &'static SafetyMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
