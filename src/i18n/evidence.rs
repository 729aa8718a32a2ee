//! Words of evidence (佐证材料): the panel on a record, the ledger's
//! paperclip, and the Data view's package card and storage line.

use super::Lang;

/// Strings of evidence and packages; `{0}`, `{1}`… are filled by
/// `present::fill`.
#[derive(Debug)]
pub struct EvidenceMsgs {
    /// The panel's heading.
    pub title: &'static str,
    /// Before the record's title.
    pub for_record: &'static str,
    /// Button picking files.
    pub attach: &'static str,
    /// Under the button.
    pub drop_hint: &'static str,
    /// Label of the reference field.
    pub reference_label: &'static str,
    /// Button adding a reference.
    pub add_reference: &'static str,
    /// When the record has none.
    pub none: &'static str,
    /// Button downloading a file.
    pub download: &'static str,
    /// Button removing one.
    pub remove: &'static str,
    /// Button closing the panel.
    pub close: &'static str,
    /// Mark of a reference without a file.
    pub elsewhere: &'static str,
    /// Toast: {0} files added.
    pub added: &'static str,
    /// Toast: {0} removed.
    pub removed: &'static str,
    /// Toast: {0} is the same file as {1}, which the record already holds.
    pub duplicate: &'static str,
    /// The start of a pasted screenshot's name (截图-20261207-105300.png).
    pub screenshot: &'static str,
    /// The browser refused {0} for lack of room.
    pub full: &'static str,
    /// The file store refused {0} for {1}.
    pub store_failed: &'static str,
    /// {0} is over the limit ({1} given).
    pub too_large: &'static str,
    /// {0} could not be read.
    pub unreadable: &'static str,
    /// A named file not stored here.
    pub not_here: &'static str,
    /// Label of the row's paperclip: evidence of {0}.
    pub paperclip: &'static str,
    /// Heading of the package card.
    pub package_title: &'static str,
    /// What a package is.
    pub package_hint: &'static str,
    /// Button.
    pub export_package: &'static str,
    /// Button.
    pub import_package: &'static str,
    /// Beside the JSON export.
    pub json_no_files: &'static str,
    /// Toast: package {0} exported with {1} files.
    pub exported: &'static str,
    /// {0} named files are not stored here.
    pub export_missing: &'static str,
    /// Heading in the preview.
    pub preview_files: &'static str,
    /// {0} new files.
    pub files_new: &'static str,
    /// {0} already stored.
    pub files_here: &'static str,
    /// Damaged, skipped.
    pub files_damaged: &'static str,
    /// {0} files named but not in the package.
    pub files_not_carried: &'static str,
    /// Button.
    pub confirm_import: &'static str,
    /// Toast: {0} files stored.
    pub imported: &'static str,
    /// The browser ran out of room after {0} files.
    pub import_full: &'static str,
    /// Storage line: files {0}, site total {1} of {2}.
    pub files_used: &'static str,
    /// Storage line once a write was refused below the reported quota:
    /// files {0}, site total {1}, refused at {2}, reported {3}.
    pub files_used_below: &'static str,
    /// The same when the browser reports no quota: {0}, {1}, {2}.
    pub files_used_below_plain: &'static str,
    /// Storage line without estimate.
    pub files_used_plain: &'static str,
    /// The browser keeps the data.
    pub persist_yes: &'static str,
    /// The browser does not promise.
    pub persist_no: &'static str,
    /// Cannot tell.
    pub persist_unknown: &'static str,
    /// While a package is made or read.
    pub working: &'static str,
}

/// 中文.
pub const ZH: EvidenceMsgs = EvidenceMsgs {
    title: "佐证材料",
    for_record: "记录：",
    attach: "添加文件",
    drop_hint: "也可将文件拖放到此处，或直接粘贴截图。任何类型均可，单个文件不超过 100 MB。",
    reference_label: "另存材料（文号或共享路径）",
    add_reference: "添加",
    none: "暂无佐证材料。",
    download: "下载",
    remove: "移除",
    close: "关闭",
    elsewhere: "原件另存",
    added: "已添加佐证材料 {0} 项",
    removed: "已移除佐证材料：{0}",
    duplicate: "“{0}”与本条已有的“{1}”是同一个文件，未重复添加",
    screenshot: "截图",
    full: "浏览器存储空间不足，文件“{0}”未能保存；记录及其其他文件保持不变。请导出数据包后清理空间。",
    store_failed: "文件“{0}”未能保存：{1}",
    too_large: "文件“{0}”过大（{1}），单个文件上限为 100 MB；未添加。",
    unreadable: "文件“{0}”无法读取；未添加。",
    not_here: "本机未存有此文件（可导入含有它的数据包）",
    paperclip: "佐证材料：{0}",
    package_title: "数据包（含佐证材料）",
    package_hint: "一个 .zip 文件：台账文档、其中记录引用的全部佐证材料文件，以及含每个文件哈希的清单。在另一台电脑导入即可完整恢复。",
    export_package: "导出数据包（.zip）",
    import_package: "导入数据包",
    json_no_files: "注意：JSON 导出只含台账文档，不含佐证材料文件；要连同文件一起导出，请用“导出数据包”。",
    exported: "已导出数据包：{0}（{1} 个文件）",
    export_missing: "{0} 个被引用的文件本机未存有，未放入数据包",
    preview_files: "文件",
    files_new: "新文件 {0} 个",
    files_here: "本机已有 {0} 个",
    files_damaged: "以下文件已损坏，将跳过：",
    files_not_carried: "{0} 个被引用的文件不在数据包中",
    confirm_import: "合并台账并导入文件",
    imported: "已导入数据包：合并台账，保存文件 {0} 个",
    import_full: "浏览器存储空间不足：已保存 {0} 个文件，其余未保存；台账未改动。",
    files_used: "佐证材料文件：{0}（本站共用 {1}，浏览器允许 {2}）",
    files_used_plain: "佐证材料文件：{0}",
    files_used_below: "佐证材料文件：{0}（本站共用 {1}；浏览器所报的上限 {3} 并未生效：本站约 {2} 时，它已拒绝存入文件）",
    files_used_below_plain: "佐证材料文件：{0}（本站共用 {1}；本站约 {2} 时，浏览器已拒绝存入文件）",
    persist_yes: "浏览器已同意持久保存本站数据。",
    persist_no: "浏览器未同意持久保存：清理浏览数据时文件可能丢失，请定期导出数据包。",
    persist_unknown: "无法获知浏览器是否持久保存本站数据。",
    working: "正在处理……",
};

/// English.
pub const EN: EvidenceMsgs = EvidenceMsgs {
    title: "Evidence",
    for_record: "Record: ",
    attach: "Attach files",
    drop_hint: "You can also drop files here or paste an image. Any type; up to 100 MB a file.",
    reference_label: "Kept elsewhere (document number or share path)",
    add_reference: "Add",
    none: "No evidence yet.",
    download: "Download",
    remove: "Remove",
    close: "Close",
    elsewhere: "kept elsewhere",
    added: "Evidence added: {0}",
    removed: "Evidence removed: {0}",
    duplicate: "“{0}” is the same file as “{1}”, which this record already holds: not added again",
    screenshot: "Screenshot",
    full: "The browser has no room left: “{0}” was not stored; the record and its other files are unchanged. Export a package, then free some space.",
    store_failed: "“{0}” could not be stored: {1}",
    too_large: "“{0}” is too large ({1}); a file may have up to 100 MB. Not added.",
    unreadable: "“{0}” could not be read. Not added.",
    not_here: "Not stored here (import a package that carries it)",
    paperclip: "Evidence: {0}",
    package_title: "Package (with evidence)",
    package_hint: "One .zip file: the document, every evidence file its records name, and a manifest with each file's hash. Importing it elsewhere brings everything back.",
    export_package: "Export package (.zip)",
    import_package: "Import package",
    json_no_files: "Note: the JSON export holds the document only, not the evidence files; use “Export package” to take the files too.",
    exported: "Package exported: {0} ({1} files)",
    export_missing: "{0} named files are not stored here and were left out",
    preview_files: "Files",
    files_new: "{0} new files",
    files_here: "{0} already here",
    files_damaged: "These files are damaged and will be skipped:",
    files_not_carried: "{0} named files are not in the package",
    confirm_import: "Merge the document and import the files",
    imported: "Package imported: document merged, {0} files stored",
    import_full: "The browser ran out of room after {0} files; the rest were not stored and the document is unchanged.",
    files_used: "Evidence files: {0} (the site uses {1} of {2} the browser allows)",
    files_used_plain: "Evidence files: {0}",
    files_used_below: "Evidence files: {0} (the site uses {1}; the browser's reported limit of {3} is not in force: it refused a file at about {2})",
    files_used_below_plain: "Evidence files: {0} (the site uses {1}; the browser refused a file at about {2})",
    persist_yes: "The browser agreed to keep this site's data.",
    persist_no: "The browser did not agree to keep this site's data: clearing browsing data may lose the files. Export a package now and then.",
    persist_unknown: "The browser cannot say whether it keeps this site's data.",
    working: "Working…",
};

/// The table for `lang`.
pub fn msgs(lang: Lang) -> &'static EvidenceMsgs {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
