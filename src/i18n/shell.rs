//! Messages of the shell: top bar, navigation, notices shared by every view.

/// Strings of the shell.
#[derive(Debug)]
pub struct ShellMsgs {
    /// The product's name, in the browser tab and the top bar.
    pub app_name: &'static str,
    /// Shown in the top bar when the plan has no title.
    pub untitled_plan: &'static str,
    /// Accessible name of the main navigation.
    pub nav_label: &'static str,
    /// 总览.
    pub nav_dashboard: &'static str,
    /// 台账.
    pub nav_ledger: &'static str,
    /// 指标.
    pub nav_targets: &'static str,
    /// 计划.
    pub nav_plan: &'static str,
    /// 数据.
    pub nav_data: &'static str,
    /// 报告.
    pub nav_report: &'static str,
    /// Navigation: 进度报送.
    pub nav_reporting: &'static str,
    /// 帮助.
    pub nav_help: &'static str,
    /// The language button: names the *other* language.
    pub lang_button: &'static str,
    /// Tooltip and accessible description of the language button.
    pub lang_button_title: &'static str,
    /// Label of the as-of date picker.
    pub as_of_label: &'static str,
    /// Button that sets the as-of date back to today.
    pub as_of_today: &'static str,
    /// Note beside the picker when figures are not for today.
    pub as_of_past: &'static str,
    /// Link that skips the top bar for keyboard users.
    pub skip_to_content: &'static str,
    /// The undo button on a toast.
    pub undo: &'static str,
    /// Close buttons.
    pub close: &'static str,
    /// Accessible name of the toast area.
    pub notices_label: &'static str,
    /// Toast after an undo, followed by the change's name.
    pub undone: &'static str,
    /// Toast when an undo was refused, followed by the reason.
    pub undo_failed: &'static str,
    /// Toast when another tab's save was merged into this one.
    pub merged_other_tab: &'static str,
    /// Save indicator: everything is in browser storage.
    pub saved: &'static str,
    /// Save indicator: a change is about to be saved.
    pub saving: &'static str,
    /// Save indicator: the last save failed.
    pub not_saved: &'static str,
    /// Heading of the persistent warning when saving fails.
    pub save_failed_title: &'static str,
    /// Body of the warning when storage is full.
    pub save_failed_quota: &'static str,
    /// Body of the warning when storage is disabled or missing.
    pub save_failed_unavailable: &'static str,
    /// Body of the warning for any other failure (the error follows).
    pub save_failed_other: &'static str,
    /// Body of the warning when saving waits for an unreadable document
    /// to be downloaded.
    pub save_blocked_recovery: &'static str,
    /// Button that downloads the document as JSON.
    pub download_json: &'static str,
    /// Button that tries the failed save again.
    pub retry_save: &'static str,
    /// Heading when a stored document could not be read.
    pub recovery_title: &'static str,
    /// Body when a stored document could not be read (reason follows).
    pub recovery_body: &'static str,
    /// Body when a stored document was written by a newer version (reason
    /// follows).
    pub recovery_body_newer: &'static str,
    /// Button that downloads the unreadable document as it was stored.
    pub recovery_download: &'static str,
    /// Button that forgets the unreadable document.
    pub recovery_discard: &'static str,
    /// Heading of the first-open offer.
    pub welcome_title: &'static str,
    /// Body of the first-open offer.
    pub welcome_body: &'static str,
    /// Load the example ledger.
    pub load_example: &'static str,
    /// Start from an empty plan.
    pub start_blank: &'static str,
    /// Keep the default plan with an empty ledger.
    pub keep_default: &'static str,
    /// Toast after loading the example.
    pub example_loaded: &'static str,
    /// Toast after starting a blank plan.
    pub blank_started: &'static str,
    /// Title of a blank plan.
    pub blank_plan_title: &'static str,
    /// Export reminder: days since the last export.
    pub reminder_days: fn(i64) -> String,
    /// Export reminder when nothing was ever exported.
    pub reminder_never: &'static str,
    /// Button of the reminder that exports now.
    pub export_now: &'static str,
    /// Button of the reminder that hides it until the next visit.
    pub remind_later: &'static str,
    /// Shown over the page while a file is dragged onto it.
    pub drop_hint: &'static str,
    /// Shown in place of a view whose code is still on its way.
    pub part_loading: &'static str,
    /// Shown in place of a view whose code could not be fetched.
    pub part_failed: &'static str,
    /// The button that fetches it again.
    pub part_retry: &'static str,
}

fn reminder_days_zh(days: i64) -> String {
    format!("距上次导出备份已 {days} 天。数据只保存在本浏览器中，清理浏览器数据或更换电脑都会丢失，建议立即导出一份 JSON 文件备份。")
}

fn reminder_days_en(days: i64) -> String {
    let unit = if days == 1 { "day" } else { "days" };
    format!("Your last backup was exported {days} {unit} ago. The data lives only in this browser and is lost if browser data is cleared; export a JSON backup now.")
}

/// 中文.
pub const ZH: ShellMsgs = ShellMsgs {
    app_name: "落实台账",
    untitled_plan: "（未命名的工作计划）",
    nav_label: "主导航",
    nav_dashboard: "总览",
    nav_ledger: "台账",
    nav_targets: "指标",
    nav_plan: "计划",
    nav_data: "数据",
    nav_report: "报告",
    nav_reporting: "报送",
    nav_help: "帮助",
    lang_button: "English",
    lang_button_title: "Switch the interface to English",
    as_of_label: "统计截至",
    as_of_today: "回到今天",
    as_of_past: "正在查看历史日期的进度",
    skip_to_content: "跳到正文",
    undo: "撤销",
    close: "关闭",
    notices_label: "提示消息",
    undone: "已撤销：",
    undo_failed: "无法撤销：",
    merged_other_tab: "另一个窗口也保存了修改，已按记录合并，两边的内容都已保留。",
    saved: "已保存",
    saving: "正在保存…",
    not_saved: "未保存",
    save_failed_title: "修改尚未保存到浏览器",
    save_failed_quota: "浏览器存储空间已满。刚才的修改只在本页面的内存中，关闭或刷新页面就会丢失。请立即下载 JSON 备份；之后可在“数据”页删除旧的快照腾出空间，再点“重试保存”。",
    save_failed_unavailable: "浏览器不允许本页使用本地存储（可能是无痕模式或站点设置所致）。修改只在本页面的内存中，关闭页面就会丢失。请下载 JSON 备份。",
    save_failed_other: "保存到浏览器时出错，修改只在本页面的内存中。请下载 JSON 备份。错误信息：",
    save_blocked_recovery: "浏览器中原有的数据无法读取，也无法另存一份，为避免覆盖，暂停保存。请先下载原有数据，再选择不再提示。",
    download_json: "下载 JSON 备份",
    retry_save: "重试保存",
    recovery_title: "浏览器中保存的数据无法读取",
    recovery_body: "原有数据已原样保留，没有被覆盖。请下载保存，再在“数据”页导入恢复；仍无法导入时交技术人员处理。原因：",
    recovery_body_newer: "原有数据已原样保留，没有被覆盖。请下载保存，并用较新版本的落实台账打开。原因：",
    recovery_download: "下载原有数据",
    recovery_discard: "已下载，不再提示",
    welcome_title: "欢迎使用落实台账",
    welcome_body: "已按默认工作计划建立本年度计划，台账暂为空。可以先载入示例台账看看效果，也可以从空白计划开始。",
    load_example: "载入示例台账",
    start_blank: "从空白计划开始",
    keep_default: "使用默认计划",
    example_loaded: "已载入示例台账。",
    blank_started: "已建立空白计划，请在“计划”页添加分项和指标。",
    blank_plan_title: "新的工作计划",
    reminder_days: reminder_days_zh,
    reminder_never: "尚未导出过备份。数据只保存在本浏览器中，清理浏览器数据或更换电脑都会丢失，建议导出一份 JSON 文件备份。",
    export_now: "立即导出",
    remind_later: "稍后提醒",
    drop_hint: "松开鼠标即可导入此文件（导入前会先显示内容，确认后才修改数据）",
    part_loading: "正在加载本页…",
    part_failed: "本页的程序未能加载，可能是网络已断开或服务器上缺少文件。已有数据不受影响。",
    part_retry: "重试",
};

/// English.
pub const EN: ShellMsgs = ShellMsgs {
    app_name: "Luoshi",
    untitled_plan: "(untitled work plan)",
    nav_label: "Main navigation",
    nav_dashboard: "Dashboard",
    nav_ledger: "Ledger",
    nav_targets: "Targets",
    nav_plan: "Plan",
    nav_data: "Data",
    nav_report: "Report",
    nav_reporting: "Reporting",
    nav_help: "Help",
    lang_button: "中文",
    lang_button_title: "切换到中文界面",
    as_of_label: "As of",
    as_of_today: "Today",
    as_of_past: "Showing progress as of a past date",
    skip_to_content: "Skip to content",
    undo: "Undo",
    close: "Close",
    notices_label: "Notices",
    undone: "Undone: ",
    undo_failed: "Could not undo: ",
    merged_other_tab: "Another tab saved changes too; both were merged record by record and nothing was lost.",
    saved: "Saved",
    saving: "Saving…",
    not_saved: "Not saved",
    save_failed_title: "Changes are not saved in the browser",
    save_failed_quota: "Browser storage is full. Your latest changes exist only in this page's memory and are lost when the page is closed or reloaded. Download a JSON backup now; then free space by deleting old snapshots on the Data page and try saving again.",
    save_failed_unavailable: "The browser does not let this page use local storage (private mode or site settings). Changes exist only in memory and are lost when the page is closed. Download a JSON backup.",
    save_failed_other: "Saving to the browser failed; changes exist only in memory. Download a JSON backup. The error: ",
    save_blocked_recovery: "The data stored earlier cannot be read and could not be set aside, so saving is paused to avoid overwriting it. Download it first, then dismiss the notice.",
    download_json: "Download JSON backup",
    retry_save: "Try saving again",
    recovery_title: "The data stored in this browser could not be read",
    recovery_body: "It has been kept exactly as it was, not overwritten. Download it, then import it on the Data page to restore it; if that is refused too, pass it to technical staff. Reason: ",
    recovery_body_newer: "It has been kept exactly as it was, not overwritten. Download it and open it with a newer version of Luoshi. Reason: ",
    recovery_download: "Download the stored data",
    recovery_discard: "Downloaded — dismiss",
    welcome_title: "Welcome to Luoshi",
    welcome_body: "This year's plan has been set up from the default work plan, with an empty ledger. Load the example ledger to see the app at work, or start from a blank plan.",
    load_example: "Load the example ledger",
    start_blank: "Start a blank plan",
    keep_default: "Keep the default plan",
    example_loaded: "The example ledger is loaded.",
    blank_started: "A blank plan is ready: add sections and targets on the Plan page.",
    blank_plan_title: "New work plan",
    reminder_days: reminder_days_en,
    reminder_never: "No backup has been exported yet. The data lives only in this browser and is lost if browser data is cleared; export a JSON backup.",
    export_now: "Export now",
    remind_later: "Remind me later",
    drop_hint: "Drop the file to import it (you will see what it holds before anything changes)",
    part_loading: "Loading this page…",
    part_failed: "The code of this page could not be loaded: the network may be down or the server may be missing a file. Your data is not affected.",
    part_retry: "Try again",
};
