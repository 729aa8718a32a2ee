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
}

fn future_zh(n: usize, latest: &str) -> String {
    format!("此文件有 {n} 项内容的修改时间晚于本机时钟一天以上（最晚 {latest}），不可信：这些内容不会覆盖或删除本机已有的数据，本机没有的按导入时间计入。")
}
fn future_en(n: usize, latest: &str) -> String {
    format!("{n} items of this file are stamped more than a day after this computer's clock (the latest {latest}) and are not trusted: they will not overwrite or delete anything here; what is not here yet is taken as of the import.")
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
};

/// The table of `lang`.
pub fn msgs(lang: super::Lang) -> &'static SafetyMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
