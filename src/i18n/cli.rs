//! Words of the native command `luoshi`: its help text, its usage errors,
//! its file errors and warnings on stderr, and the words of its tables that
//! no other area has. `--lang zh|en` picks the table (Chinese by default,
//! as the reports are). Templates name their values in braces and are
//! filled by [`super::reporting::fill`].

use super::Lang;

/// Strings of the `luoshi` command.
#[derive(Debug)]
pub struct CliMsgs {
    /// The help text (`luoshi --help`, and after a usage error).
    pub usage: &'static str,
    /// Before a warning on stderr: "warning".
    pub warning: &'static str,
    /// Between a place and its message ("file.json: …").
    pub colon: &'static str,

    /// No command word.
    pub no_command: &'static str,
    /// {word}: an unknown command.
    pub unknown_command: &'static str,
    /// {name}: an unknown option.
    pub unknown_option: &'static str,
    /// {name}: an option without its value.
    pub needs_value: &'static str,
    /// {name}: an option given twice.
    pub given_twice: &'static str,
    /// {name}, {word}: an option the command does not take.
    pub not_for: &'static str,
    /// {word}, {what}: what the command needs.
    pub needs: &'static str,
    /// What `report`, `history`, `export-xlsx` and the 督办 commands need.
    pub at_least_one_file: &'static str,
    /// What `consolidate` needs.
    pub files_or_folder: &'static str,
    /// What `plan-from-text` needs.
    pub a_plan_text: &'static str,
    /// What `unpack` needs.
    pub a_package: &'static str,
    /// {arg}: a plain argument too many.
    pub unexpected: &'static str,
    /// {name}, {text}: not a date.
    pub not_a_date: &'static str,
    /// {name}, {text}: a date that does not exist.
    pub not_a_real_date: &'static str,
    /// {text}, {min}, {max}: not a year the command writes.
    pub not_a_year: &'static str,
    /// {text}: not a month.
    pub not_a_month: &'static str,
    /// {text}: not a notice number.
    pub not_a_number: &'static str,
    /// {name}, {value}, {choices}: a value not among the choices.
    pub use_one_of: &'static str,
    /// {name}, {forms}: an option for some forms only.
    pub applies_to: &'static str,
    /// Between the last two of a list of choices.
    pub or: &'static str,
    /// Between the others.
    pub list_sep: &'static str,

    /// {name}, {why}: a file not read.
    pub cannot_read: &'static str,
    /// {name}, {why}: a file not written.
    pub cannot_write: &'static str,
    /// {name}, {why}: a file or folder not created.
    pub cannot_create: &'static str,
    /// Why: the file or folder does not exist.
    pub io_not_found: &'static str,
    /// Why: no permission.
    pub io_denied: &'static str,
    /// Why: it exists already (never overwritten).
    pub io_exists: &'static str,
    /// Why: a folder where a file was expected.
    pub io_is_folder: &'static str,
    /// Why, otherwise: {code} is the system's error number.
    pub io_other: &'static str,
    /// {name}: not UTF-8 text.
    pub not_utf8: &'static str,
    /// {name}: a folder without .json files.
    pub no_json_in_folder: &'static str,
    /// {name}, {theirs}, {ours}: a file of another plan.
    pub other_plan: &'static str,
    /// {list}: the files refused; nothing written.
    pub nothing_written: &'static str,
    /// {date}: no stamp for the day.
    pub no_stamp: &'static str,
    /// {number}: no such notice.
    pub no_notice: &'static str,
    /// {name}: no target in a plan's text.
    pub no_target: &'static str,
    /// {activities}, {readings}, {ids}: records naming targets not in the plan.
    pub unassigned: &'static str,
    /// {name}, {files}, {dir}, {damaged}, {not_carried}: `unpack` done.
    pub unpacked: &'static str,

    /// Header row of the notices' table.
    pub notice_header: &'static str,
    /// A notice awaiting its reply.
    pub notice_open: &'static str,
    /// A notice whose reply is overdue.
    pub notice_overdue: &'static str,
    /// {date}: a notice replied to.
    pub notice_replied: &'static str,

    /// Header row of the proposals' table of `plan-from-text`.
    pub intake_header: &'static str,
    /// No target recognised.
    pub intake_none: &'static str,
    /// {sections}, {targets}: the plan built.
    pub intake_count: &'static str,
    /// Heading of the sentences with a number that gave nothing.
    pub intake_unmatched: &'static str,
    /// Opening and closing bracket.
    pub open: &'static str,
    /// Closing bracket.
    pub close: &'static str,
    /// Between notes.
    pub note_sep: &'static str,
}

/// 中文.
pub const ZH: CliMsgs = CliMsgs {
    usage: USAGE_ZH,
    warning: "警告",
    colon: "：",
    no_command: "没有给出命令",
    unknown_command: "未知命令 {word}",
    unknown_option: "未知选项 {name}",
    needs_value: "{name} 需要一个值",
    given_twice: "{name} 给了两次",
    not_for: "{name} 不适用于 `{word}`",
    needs: "`{word}` 需要 {what}",
    at_least_one_file: "至少一个 FILE.json",
    files_or_folder: "至少一个 FILE.json 或文件夹",
    a_plan_text: "一个 FILE.txt、.docx、.pdf、.csv 或 .xlsx",
    a_package: "一个 PACKAGE.zip",
    unexpected: "多余的参数 {arg}",
    not_a_date: "{name} {text} 不是 YYYY-MM-DD 格式的日期",
    not_a_real_date: "{name} {text} 不是真实存在的日期",
    not_a_year: "--year {text} 不是 {min} 至 {max} 之间的年份",
    not_a_month: "--month {text} 不是 YYYY-MM 格式的月份",
    not_a_number: "--number {text} 不是编号 N 或 年份-N",
    use_one_of: "{name} {value}：请用 {choices}",
    applies_to: "{name} 只适用于 --format {forms}",
    or: " 或 ",
    list_sep: "、",
    cannot_read: "{name}：无法读取：{why}",
    cannot_write: "{name}：无法写入：{why}",
    cannot_create: "{name}：无法创建：{why}",
    io_not_found: "文件或文件夹不存在",
    io_denied: "没有权限",
    io_exists: "已存在同名文件（不会覆盖）",
    io_is_folder: "这是文件夹，不是文件",
    io_other: "系统拒绝了该操作（错误码 {code}）",
    not_utf8: "{name}：不是 UTF-8 文本",
    no_json_in_folder: "{name}：文件夹中没有 .json 文件",
    other_plan: "{name}：该文件属于另一份计划（计划编号 {theirs}，其他文件为 {ours}）",
    nothing_written: "{list}；未写出任何文件",
    no_stamp: "{date}：无法生成当日的时间戳",
    no_notice: "文件中没有督办通知单 {number}",
    no_target: "{name}：未识别出任何目标",
    unassigned: "{activities} 条活动和 {readings} 条读数所计入的指标不在计划中（{ids}）；这些记录作为未归属记录保留，不计入任何指标",
    unpacked: "{name}：已将台账文档和 {files} 个文件写入 {dir}（{damaged} 个已损坏，{not_carried} 个被引用但未随包携带）",
    notice_header: "| 文号 | 主送 | 指标 | 印发 | 反馈期限 | 状态 |",
    notice_open: "待反馈",
    notice_overdue: "逾期未反馈",
    notice_replied: "{date} 已反馈",
    intake_header: "| # | 分节 | 目标 | 类型与指标 | 单位 | 牵头 | 时限 | 原文短语 | 提示 |",
    intake_none: "未识别出任何目标。",
    intake_count: "共 {sections} 个分节、{targets} 个目标。",
    intake_unmatched: "含数字但未生成目标的句子",
    open: "（",
    close: "）",
    note_sep: "；",
};

/// English.
pub const EN: CliMsgs = CliMsgs {
    usage: USAGE_EN,
    warning: "warning",
    colon: ": ",
    no_command: "no command given",
    unknown_command: "unknown command {word}",
    unknown_option: "unknown option {name}",
    needs_value: "{name} needs a value",
    given_twice: "{name} given twice",
    not_for: "{name} does not apply to `{word}`",
    needs: "`{word}` needs {what}",
    at_least_one_file: "at least one FILE.json",
    files_or_folder: "at least one FILE.json or FOLDER",
    a_plan_text: "FILE.txt, .docx, .pdf, .csv or .xlsx",
    a_package: "PACKAGE.zip",
    unexpected: "unexpected argument {arg}",
    not_a_date: "{name} {text} is not a date YYYY-MM-DD",
    not_a_real_date: "{name} {text} is not a real date",
    not_a_year: "--year {text} is not a year from {min} to {max}",
    not_a_month: "--month {text} is not a month YYYY-MM",
    not_a_number: "--number {text} is not a number N or YEAR-N",
    use_one_of: "{name} {value}: use {choices}",
    applies_to: "{name} applies to --format {forms}",
    or: " or ",
    list_sep: ", ",
    cannot_read: "{name}: cannot read: {why}",
    cannot_write: "{name}: cannot write: {why}",
    cannot_create: "{name}: cannot create: {why}",
    io_not_found: "no such file or folder",
    io_denied: "permission denied",
    io_exists: "a file of that name exists (never overwritten)",
    io_is_folder: "it is a folder, not a file",
    io_other: "the system refused (error {code})",
    not_utf8: "{name}: not UTF-8 text",
    no_json_in_folder: "{name}: no .json file in the folder",
    other_plan: "{name}: the file is of another plan (plan id {theirs}; the other files' is {ours})",
    nothing_written: "{list}; nothing was written",
    no_stamp: "{date}: no stamp for the day",
    no_notice: "no 督办通知单 {number} in the files",
    no_target: "{name}: no target found in the text",
    unassigned: "{activities} activities and {readings} readings name targets not in the plan ({ids}); they are kept as unassigned (未归属) and count toward no target",
    unpacked: "{name}: wrote the document and {files} files to {dir} ({damaged} damaged, {not_carried} named but not carried)",
    notice_header: "| Number | To | Targets | Issued | Reply due | State |",
    notice_open: "awaiting reply",
    notice_overdue: "reply overdue",
    notice_replied: "replied {date}",
    intake_header: "| # | Section | Target | Kind and figure | Unit | Lead | Due | Phrase | Notes |",
    intake_none: "No target recognised.",
    intake_count: "{sections} sections, {targets} targets.",
    intake_unmatched: "Sentences with a number that gave no target",
    open: " (",
    close: ")",
    note_sep: "; ",
};

/// The table of `lang`.
pub fn msgs(lang: Lang) -> &'static CliMsgs {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// `choices` joined as a sentence does: "a, b or c" / "a、b 或 c".
pub fn one_of(m: &CliMsgs, choices: &[&str]) -> String {
    match choices {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{}{}{last}", init.join(m.list_sep), m.or),
    }
}

const USAGE_ZH: &str = "\
luoshi — 落实：由台账文件计算工作计划各项指标的进度

用法：
    luoshi report FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--format json|md|table] [--variant to_date|month|quarter]
                  [--by-unit] [--lang zh|en]
    luoshi history FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--format md|json|table] [--lang zh|en]
    luoshi export-xlsx FILE.json [FILE2.json ...] --as-of YYYY-MM-DD --out FILE.xlsx
                  [--lang zh|en]
    luoshi consolidate FILE.json|FOLDER ... --as-of YYYY-MM-DD --out MERGED.json
                  [--format md|json|table] [--unit NAME] [--lang zh|en]
    luoshi example --year YYYY --as-of YYYY-MM-DD [--out FILE] [--lang zh|en]
    luoshi template --year YYYY [--unit NAME] [--out FILE] [--lang zh|en]
    luoshi plan-from-text FILE.txt|.docx|.pdf|.csv|.xlsx --year YYYY [--out FILE]
                  [--format json|table] [--unit NAME] [--lang zh|en]
    luoshi unpack PACKAGE.zip --out DIR [--lang zh|en]
    luoshi notice FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--number N|YYYY-N] [--out FILE.docx|FILE.md] [--lang zh|en]
    luoshi bulletin FILE.json [FILE2.json ...] --month YYYY-MM
                  [--as-of YYYY-MM-DD] [--format md|html|docx] [--out FILE] [--lang zh|en]
    luoshi ics FILE.json [FILE2.json ...] --as-of YYYY-MM-DD [--out FILE.ics] [--lang zh|en]
    luoshi --help [--lang zh|en]

命令：
    report     读取一个或多个导出的台账文件，按记录编号合并（较新的修改为准），
               输出截至指定日期每项指标的进度：实际、目标、完成率、序时进度、
               状态和未达标的周期。
               --format json（默认）：每项指标一个对象的数组；completion 和
               time_progress 为 0 至 1 的小数。
               --format md：本单位格式的进度报告（《关于…落实情况的报告》），
               与 App 的“报告”页文字相同；--variant month 或 quarter 只写截至
               日期所在的月或季度（默认 to_date：年初至今）。
               --format table：各项指标的 Markdown 表格。
               --by-unit（json、table）：按记录单位分列每项指标的数字（格式
               第 3 版之前的记录按其牵头单位），各单位的份额按只计该单位的
               活动计算。
    history    与 report 一样读取并合并文件，输出每项指标在计划各月月末（截至
               日期所在月份为截至当日）的颜色。
               --format md（默认）：Markdown 页面，每格为颜色和状态；
               --format table：只有颜色的 Markdown 表格；--format json：各月
               及各指标的状态和颜色。
    export-xlsx
               将合并后的台账和截至日期的各项指标写成一个 Excel 工作簿：
               “台账”表（每条活动一行）和“指标进度”表（按状态着色）。
    consolidate
               合并多个单位的文件（给出文件夹时取其中所有 .json 文件），得到
               一份由 --unit（默认无）保管的台账，写入 --out，每个单位的文件
               记一条报送记录；输出文件清单、各单位报送情况表（按计划的报送
               周期判定已报送、未报送、逾期未报）和按牵头单位列出的滞后指标。
               --format md（默认）：Markdown 页面；table：两张表；json。
               有文件无法读取或属于另一份计划时，命令停止，不写出任何文件。
    example    写出该年度的默认计划和截至日期的示例台账（带缩进的 JSON），
               写入 FILE 或标准输出。
    template   写出该年度的默认计划和空台账。--unit 为保管单位（默认
               市政府办公室）。
    plan-from-text
               从 UTF-8 的 .txt、.docx（含其自动编号和任务表）或有文字的 .pdf
               读取计划文本（工作要点、工作计划、下一步工作打算），或从
               .csv、.xlsx 读取任务分解表（按表头猜测
               各列；无法完整读取的行在标准错误中列出），提出分节和目标。
               --format json（默认）：接受全部建议的落实台账文件，可供 report
               读取，计划编号由文件内容和 --year 得出（同一输入得到同一文件）；
               --format table：建议的 Markdown 表格，每项附来源短语，并列出
               含数字但未生成目标的句子。
    unpack     检查数据包（App“导出数据包”生成的 .zip，内含台账文档和佐证
               材料），写出 DIR/luoshi.json，并将哈希校验通过的每个文件以其
               名称（已处理为安全名称；重名时前加哈希）写入 DIR/files/。
               损坏的文件在标准错误中列出并跳过。从不覆盖已有文件。
    notice     列出合并文件中的督办通知单（文号、主送单位、指标、印发日期、
               反馈期限、截至日期已反馈或逾期）；给出 --number 时，按截至
               日期的数字写出该通知单：--out 以 .docx 结尾时为 Word，否则为
               Markdown。
    bulletin   写出当月督查通报草稿：分部分和分单位的数字、提前完成的指标、
               按牵头单位列出的滞后指标、迟报和未报的单位、已印发的督办。
               数字截至当月最后一天，除非给出 --as-of。
               --format md（默认）、html 或 docx（须给出 --out）。
    ics        写出各项期限的 iCalendar 日历文件：里程碑、到期日、各单位在
               截至日期当天或之后的下一个报送期限、未反馈督办通知单的反馈
               期限（以截至日期为时间戳）。

    上面的每个 FILE.json 也可以是数据包（.zip）：读取其中的台账文档并校验
    每个文件的哈希（损坏的文件在标准错误中列出）。

    --lang zh（默认）或 en：命令的提示、错误、警告和表格所用的语言。报告、
    督办通知单和督查通报是中文公文，不随 --lang 改变。

    --as-of 必须给出：数字取决于日期，命令从不根据时钟猜测日期。

退出状态：
    0 成功，1 有文件无法读取或写入，2 参数有误。
";

const USAGE_EN: &str = "\
luoshi — 落实: figures of a work plan from its ledger files

USAGE:
    luoshi report FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--format json|md|table] [--variant to_date|month|quarter]
                  [--by-unit] [--lang zh|en]
    luoshi history FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--format md|json|table] [--lang zh|en]
    luoshi export-xlsx FILE.json [FILE2.json ...] --as-of YYYY-MM-DD --out FILE.xlsx
                  [--lang zh|en]
    luoshi consolidate FILE.json|FOLDER ... --as-of YYYY-MM-DD --out MERGED.json
                  [--format md|json|table] [--unit NAME] [--lang zh|en]
    luoshi example --year YYYY --as-of YYYY-MM-DD [--out FILE] [--lang zh|en]
    luoshi template --year YYYY [--unit NAME] [--out FILE] [--lang zh|en]
    luoshi plan-from-text FILE.txt|.docx|.pdf|.csv|.xlsx --year YYYY [--out FILE]
                  [--format json|table] [--unit NAME] [--lang zh|en]
    luoshi unpack PACKAGE.zip --out DIR [--lang zh|en]
    luoshi notice FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--number N|YYYY-N] [--out FILE.docx|FILE.md] [--lang zh|en]
    luoshi bulletin FILE.json [FILE2.json ...] --month YYYY-MM
                  [--as-of YYYY-MM-DD] [--format md|html|docx] [--out FILE] [--lang zh|en]
    luoshi ics FILE.json [FILE2.json ...] --as-of YYYY-MM-DD [--out FILE.ics] [--lang zh|en]
    luoshi --help [--lang zh|en]

COMMANDS:
    report     Reads one or more exported documents, merges their records by id
               (the newer change wins), and prints every target's figures as of
               the given date: actual, target, completion, 序时进度, status and
               missed periods.
               --format json (default): an array with one object per target;
               completion and time_progress are fractions from 0 to 1.
               --format md: the progress report in the office's own style
               (《关于…落实情况的报告》), the same text the app's 报告 page
               writes; --variant month or quarter covers only the month or
               quarter of the as-of date (default to_date: the year so far).
               --format table: a Markdown table of the figures.
               --by-unit (json, table): each target's figure broken down by
               the unit that recorded its activities (for records older than
               format 3, the lead unit they name), each unit's share as the
               engine counts that unit's activities alone.
    history    Reads and merges documents as `report` does and prints every
               target's colour at the end of each month of the plan up to the
               as-of date (the as-of month: at that date).
               --format md (default): a Markdown page, each cell the colour
               and the status; --format table: the bare Markdown table,
               colours only; --format json: months and per-target statuses
               and colours.
    export-xlsx
               Writes the merged ledger and every target's figures as of the
               date as one Excel workbook: sheet 台账 (one row per activity)
               and sheet 指标进度 (figures coloured by status).
    consolidate
               Merges many units' files (a folder: every .json file in it)
               into one document kept by --unit (default none), written to
               --out, with one report record per unit's file; prints the
               files, the per-unit reporting table (已报送, 未报送, 逾期未报
               by the plan's reporting cycle) and the targets behind by lead
               unit. --format md (default): a Markdown page; table: the two
               tables; json. A file that cannot be read, or of another plan,
               stops the command and nothing is written.
    example    Writes the default plan of the year with a believable example
               ledger up to the as-of date (pretty JSON), to FILE or stdout.
    template   Writes the default plan of the year with an empty ledger.
               --unit names the unit keeping it (default 市政府办公室).

    plan-from-text
               Reads a plan's text (工作要点, 工作计划, 下一步工作打算) from a
               UTF-8 .txt, a .docx (its list numbers and its task tables too)
               or a text .pdf, or a 任务分解表 from a .csv or .xlsx
               (columns guessed from its headers; rows that cannot be read
               fully are named on stderr), and proposes sections and targets.
               --format json (default): a Luoshi document with every proposal
               accepted, readable by `report`, its plan id derived from
               the file's bytes and --year (the same input gives the same
               document); --format table: a Markdown
               table of the proposals, each with the phrase it came from,
               and the sentences with a number that gave nothing.

    unpack     Checks a package (.zip with the document and its evidence
               files, from the app's 导出数据包) and writes DIR/luoshi.json and
               each file whose hash checks under DIR/files/ by its own name
               (made safe; a name used twice gets its hash in front). Damaged
               files are named on stderr and skipped. Never overwrites: DIR
               must not hold files of those names.

    notice     Lists the 督办通知单 recorded in the merged files (文号, unit,
               targets, issued, reply due, replied or overdue on the as-of
               date); with --number, writes that notice with the figures as
               of the date: Word when --out ends in .docx, else Markdown.
    bulletin   Writes the month's 督查通报 draft: figures by section and by
               unit, targets completed ahead of time, those behind by lead
               unit, units that reported late or not at all, 督办 issued.
               Figures as of the month's last day unless --as-of is given.
               --format md (default), html, or docx (needs --out).
    ics        Writes an iCalendar file of deadlines: milestones, due dates,
               each unit's next reporting deadline on or after the as-of
               date, reply dates of open 督办通知单 (stamped with the date).

    Every FILE.json above may also be a package (.zip): its document is read
    and every file's hash checked (damaged files are named on stderr).

    --lang zh (default) or en: the language of the command's messages,
    errors, warnings and tables. The report, the 督办通知单 and the 督查通报
    are Chinese official documents and stay Chinese.

    --as-of is required: figures depend on the date, and the command never
    guesses it from the clock.

EXIT STATUS:
    0 success, 1 a file could not be read or written, 2 bad arguments.
";
