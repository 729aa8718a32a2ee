//! Words of the Data view's list of evidence files waiting to be deleted,
//! and of why the sweep is stopped (worded by `evidence_gc::stop_text`).

use super::Lang;

/// Strings of the list; `{name}`, `{days}`, `{date}`, `{reason}` are
/// filled by `i18n::reporting::fill`.
#[derive(Debug)]
pub struct PendingFilesMsgs {
    /// The card's heading.
    pub title: &'static str,
    /// What the list is: `{days}` days of grace.
    pub hint: &'static str,
    /// While the store is being read.
    pub loading: &'static str,
    /// When no file waits.
    pub none: &'static str,
    /// Before the reasons the sweep is stopped.
    pub stopped: &'static str,
    /// The stored document cannot be read: `{reason}`.
    pub stop_stored_unreadable: &'static str,
    /// The stored document is of a newer version.
    pub stop_stored_newer: &'static str,
    /// The snapshot of `{date}` cannot be read: `{reason}`.
    pub stop_snapshot_unreadable: &'static str,
    /// The snapshot of `{date}` is of a newer version.
    pub stop_snapshot_newer: &'static str,
    /// A recovery copy is kept.
    pub stop_recovery: &'static str,
    /// Another holder cannot be read: `{reason}`.
    pub stop_other: &'static str,
    /// Column: the file's name.
    pub col_name: &'static str,
    /// Column: its size.
    pub col_size: &'static str,
    /// Column: when a record last named it.
    pub col_last_named: &'static str,
    /// Column: when it will be deleted.
    pub col_delete_on: &'static str,
    /// A file whose name was never recorded.
    pub no_name: &'static str,
    /// Button: download the file.
    pub download: &'static str,
    /// Button: keep it longer.
    pub keep: &'static str,
    /// The keep button's title: `{days}` more days.
    pub keep_title: &'static str,
    /// Toast: `{name}` kept until `{date}`.
    pub kept: &'static str,
    /// Button: delete now.
    pub delete_now: &'static str,
    /// The question before deleting `{name}`.
    pub confirm: &'static str,
    /// Button confirming the deletion.
    pub confirm_yes: &'static str,
    /// Button cancelling it.
    pub cancel: &'static str,
    /// Toast: `{name}` deleted.
    pub deleted: &'static str,
    /// Toast: not deleted, named again or sweep stopped.
    pub not_deleted: &'static str,
    /// The file store failed: `{reason}`.
    pub store_failed: &'static str,
    /// The browser refused the download.
    pub download_failed: &'static str,
}

/// 中文.
pub const ZH: PendingFilesMsgs = PendingFilesMsgs {
    title: "待删除的佐证文件",
    hint: "以下文件已没有任何记录引用。每个文件在最后一次被引用满 {days} 天后才会删除；在此之前撤销、恢复快照或导入备份，记录都能重新找到它。",
    loading: "正在读取佐证文件……",
    none: "没有待删除的文件。",
    stopped: "佐证文件的清理已暂停，不会删除任何文件：",
    stop_stored_unreadable: "浏览器中保存的数据无法读取（{reason}）",
    stop_stored_newer: "浏览器中保存的数据由更新版本写入，本版本无法读取",
    stop_snapshot_unreadable: "{date}的快照无法读取（{reason}）",
    stop_snapshot_newer: "{date}的快照由更新版本写入，本版本无法读取",
    stop_recovery: "保留着一份无法读取的数据副本（见页面顶部的提示），导入恢复或删除该副本后才继续清理",
    stop_other: "有数据无法读取（{reason}）",
    col_name: "文件名",
    col_size: "大小",
    col_last_named: "最后引用",
    col_delete_on: "删除日期",
    no_name: "（名称未记录）",
    download: "下载",
    keep: "保留",
    keep_title: "自今天起再保留 {days} 天",
    kept: "已保留“{name}”，{date}之前不会删除",
    delete_now: "立即删除",
    confirm: "永久删除“{name}”？删除后无法恢复。",
    confirm_yes: "确认删除",
    cancel: "取消",
    deleted: "已删除“{name}”",
    not_deleted: "未删除：此文件又被记录引用，或清理已暂停",
    store_failed: "佐证文件存储出错：{reason}",
    download_failed: "浏览器没有下载此文件",
};

/// English.
pub const EN: PendingFilesMsgs = PendingFilesMsgs {
    title: "Evidence files waiting to be deleted",
    hint: "No record names these files any more. Each is deleted only {days} days after a record last named it; until then an undo, a restored snapshot or an imported backup finds it again.",
    loading: "Reading the evidence files…",
    none: "No file is waiting to be deleted.",
    stopped: "Cleaning up evidence files is paused; no file will be deleted: ",
    stop_stored_unreadable: "the data stored in this browser cannot be read ({reason})",
    stop_stored_newer: "the data stored in this browser was written by a newer version, which this one cannot read",
    stop_snapshot_unreadable: "the snapshot of {date} cannot be read ({reason})",
    stop_snapshot_newer: "the snapshot of {date} was written by a newer version",
    stop_recovery: "a copy of data that could not be read is kept (see the notice at the top); cleaning resumes once it is imported or discarded",
    stop_other: "some data cannot be read ({reason})",
    col_name: "Name",
    col_size: "Size",
    col_last_named: "Last named",
    col_delete_on: "To be deleted on",
    no_name: "(name not recorded)",
    download: "Download",
    keep: "Keep",
    keep_title: "Keep for another {days} days from today",
    kept: "Kept “{name}”: not deleted before {date}",
    delete_now: "Delete now",
    confirm: "Delete “{name}” for good? It cannot be brought back.",
    confirm_yes: "Delete",
    cancel: "Cancel",
    deleted: "Deleted “{name}”",
    not_deleted: "Not deleted: a record names this file again, or cleaning is paused",
    store_failed: "The evidence file store failed: {reason}",
    download_failed: "The browser did not download the file",
};

/// The table of `lang`.
pub fn msgs(lang: Lang) -> &'static PendingFilesMsgs {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
