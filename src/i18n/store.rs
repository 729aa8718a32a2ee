//! Words of the document's store in IndexedDB: a change not saved (and
//! why), a newer build in another tab, IndexedDB missing in this context,
//! the move from localStorage.

/// The strings of the document's store.
pub struct StoreMsgs {
    /// The browser's quota is reached; {what}: the change not saved.
    pub quota: fn(&str) -> String,
    /// The write was aborted; {what}: the change not saved.
    pub aborted: fn(&str) -> String,
    /// Another tab opened the data with a newer build.
    pub superseded: &'static str,
    /// IndexedDB cannot be used here: the data stays in localStorage.
    pub unavailable: &'static str,
    /// The data was moved from localStorage, whose copy is kept: {day}.
    pub migrated: fn(&str) -> String,
    /// The move from localStorage could not be checked; nothing was removed.
    pub migration_failed: &'static str,
    /// What names the latest change when nothing more precise is known.
    pub latest_change: &'static str,
    /// The data is kept in IndexedDB but cannot be opened now; {why}: the
    /// browser's words.
    pub open_failed: fn(&str) -> String,
    /// IndexedDB refused for another reason; {why}: the browser's words.
    pub failed_other: fn(&str) -> String,
}

fn open_failed_zh(why: &str) -> String {
    format!("数据保存在浏览器的 IndexedDB 中，但现在无法打开（{why}）。本页显示的不是您的数据，修改不会保存。请关闭其他打开落实台账的标签页后刷新本页；如仍不行，请检查浏览器是否限制了本网站的存储。")
}
fn open_failed_en(why: &str) -> String {
    format!("The data is kept in the browser's IndexedDB but cannot be opened now ({why}). What this page shows is not your data, and changes are not saved. Close other tabs with Luoshi and reload this page; if that does not help, check whether the browser restricts this site's storage.")
}
fn failed_other_zh(why: &str) -> String {
    format!("浏览器的 IndexedDB 拒绝了保存（{why}），刚才的修改没有保存；此前已保存的数据完好。请点“重试保存”。")
}
fn failed_other_en(why: &str) -> String {
    format!("The browser's IndexedDB refused the save ({why}): the latest change was not saved; everything saved before is intact. Press Retry.")
}

fn quota_zh(what: &str) -> String {
    format!("浏览器存储空间已满，{what}没有保存；此前已保存的数据完好。修改还在本页面的内存中：请下载 JSON 备份，腾出空间后点“重试保存”。")
}
fn quota_en(what: &str) -> String {
    format!("Browser storage is full: {what} was not saved; everything saved before is intact. The change is still in this page's memory: download a JSON backup, free some space and press Retry.")
}
fn aborted_zh(what: &str) -> String {
    format!("浏览器中止了保存，{what}没有保存；此前已保存的数据完好。请点“重试保存”。")
}
fn aborted_en(what: &str) -> String {
    format!("The browser aborted the save: {what} was not saved; everything saved before is intact. Press Retry.")
}
fn migrated_zh(day: &str) -> String {
    format!("数据已于 {day} 移入浏览器的 IndexedDB；原 localStorage 中的数据仍保留作备份，未删除。")
}
fn migrated_en(day: &str) -> String {
    format!("The data moved into the browser's IndexedDB on {day}; the copy in localStorage is kept as a backup, not deleted.")
}

/// Chinese.
pub const ZH: StoreMsgs = StoreMsgs {
    quota: quota_zh,
    aborted: aborted_zh,
    superseded: "另一个标签页打开了更新版本的落实台账，本页已停止保存，以免覆盖新版本的数据。本页此后的修改不会保存：请下载 JSON 备份后刷新本页。",
    unavailable: "此处不能使用浏览器的 IndexedDB（例如从本地文件打开时），数据保存在 localStorage 中，约 2.5 万条记录即满。请定期导出 JSON 备份，或通过网址打开本应用。",
    migrated: migrated_zh,
    migration_failed: "数据移入 IndexedDB 后核对不一致，已继续使用 localStorage 中的数据，什么也没有删除。",
    latest_change: "刚才的修改",
    open_failed: open_failed_zh,
    failed_other: failed_other_zh,
};

/// English.
pub const EN: StoreMsgs = StoreMsgs {
    quota: quota_en,
    aborted: aborted_en,
    superseded: "Another tab opened Luoshi with a newer version: this page has stopped saving so as not to overwrite the newer version's data. Changes made here from now on are not saved: download a JSON backup, then reload this page.",
    unavailable: "The browser's IndexedDB cannot be used here (for example when opened from a file on disk): the data is kept in localStorage, which is full at about 25,000 records. Export a JSON backup regularly, or open the app from its web address.",
    migrated: migrated_en,
    migration_failed: "The data moved into IndexedDB did not check out against the original: Luoshi goes on using the data in localStorage, and nothing was deleted.",
    latest_change: "the latest change",
    open_failed: open_failed_en,
    failed_other: failed_other_en,
};

/// The table of `lang`.
pub fn msgs(lang: super::Lang) -> &'static StoreMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
