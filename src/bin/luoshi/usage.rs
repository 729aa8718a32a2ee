//! The command line's help text, printed by `luoshi --help` and after a
//! usage error.

pub(crate) const USAGE: &str = "\
luoshi — 落实: figures of a work plan from its ledger files

USAGE:
    luoshi report FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--format json|md|table] [--variant to_date|month|quarter] [--lang zh|en]
                  [--by-unit]
    luoshi history FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--format md|json|table] [--lang zh|en]
    luoshi export-xlsx FILE.json [FILE2.json ...] --as-of YYYY-MM-DD --out FILE.xlsx
                  [--lang zh|en]
    luoshi consolidate FILE.json|FOLDER ... --as-of YYYY-MM-DD --out MERGED.json
                  [--format md|json|table] [--unit NAME] [--lang zh|en]
    luoshi example --year YYYY --as-of YYYY-MM-DD [--out FILE]
    luoshi template --year YYYY [--unit NAME] [--out FILE]
    luoshi plan-from-text FILE.txt|.docx|.pdf|.csv|.xlsx --year YYYY [--out FILE]
                  [--format json|table] [--unit NAME]
    luoshi unpack PACKAGE.zip --out DIR
    luoshi notice FILE.json [FILE2.json ...] --as-of YYYY-MM-DD
                  [--number N|YYYY-N] [--out FILE.docx|FILE.md]
    luoshi bulletin FILE.json [FILE2.json ...] --month YYYY-MM
                  [--as-of YYYY-MM-DD] [--format md|html|docx] [--out FILE]
    luoshi ics FILE.json [FILE2.json ...] --as-of YYYY-MM-DD [--out FILE.ics]
    luoshi --help

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
               --format table: a Markdown table of the figures; --lang en for
               English words (default zh).
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
               and colours. --lang en for English words (default zh).
    export-xlsx
               Writes the merged ledger and every target's figures as of the
               date as one Excel workbook: sheet 台账 (one row per activity)
               and sheet 指标进度 (figures coloured by status). --lang en for
               English sheet names and headers (default zh).
    consolidate
               Merges many units' files (a folder: every .json file in it)
               into one document kept by --unit (default none), written to
               --out, with one report record per unit's file; prints the
               files, the per-unit reporting table (已报送, 未报送, 逾期未报
               by the plan's reporting cycle) and the targets behind by lead
               unit. --format md (default): a Markdown page; table: the two
               tables; json. --lang en for English words (md and table;
               default zh). A file that cannot be read, or of another plan,
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

    --as-of is required: figures depend on the date, and the command never
    guesses it from the clock.

EXIT STATUS:
    0 success, 1 a file could not be read or written, 2 bad arguments.
";
