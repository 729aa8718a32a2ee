//! The command line: its usage text and how its words become a [`Command`].

use std::path::PathBuf;

use chrono::NaiveDate;
use luoshi::report::Variant;
use luoshi::seed;

use super::Failure;
use crate::markdown::Lang;

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
    luoshi plan-from-text FILE.txt|.docx|.csv|.xlsx --year YYYY [--out FILE]
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
               UTF-8 .txt or a .docx, or a 任务分解表 from a .csv or .xlsx
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

/// Output form of `report`.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Form {
    Json,
    Report(Variant),
    Table(Lang),
}

/// Output form of `history`.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum HistoryForm {
    Page(Lang),
    Grid(Lang),
    Json,
}

/// A parsed command line.
pub(crate) enum Command {
    Help,
    /// `notice`, `bulletin`, `ics` (read in `duban.rs`).
    Duban(crate::duban::DubanCommand),
    Report {
        files: Vec<PathBuf>,
        as_of: NaiveDate,
        form: Form,
        by_unit: bool,
    },
    History {
        files: Vec<PathBuf>,
        as_of: NaiveDate,
        form: HistoryForm,
    },
    Consolidate {
        files: Vec<PathBuf>,
        as_of: NaiveDate,
        out: PathBuf,
        unit: String,
        form: crate::consolidate::ConsolidateForm,
        lang: luoshi::i18n::Lang,
    },
    ExportXlsx {
        files: Vec<PathBuf>,
        as_of: NaiveDate,
        out: PathBuf,
        lang: luoshi::i18n::Lang,
    },
    Example {
        year: i32,
        as_of: NaiveDate,
        out: Option<PathBuf>,
    },
    Template {
        year: i32,
        unit: String,
        out: Option<PathBuf>,
    },
    PlanFromText {
        file: PathBuf,
        year: i32,
        unit: String,
        table: bool,
        out: Option<PathBuf>,
    },
    Unpack {
        package: PathBuf,
        out: PathBuf,
    },
}

pub(crate) fn usage(message: impl Into<String>) -> Failure {
    Failure::Usage(message.into())
}

/// A date written `YYYY-MM-DD` in full; one in that form that does not
/// exist (2026-02-30) is "not a real date", as the file format says it.
fn parse_date(text: &str) -> Result<NaiveDate, Failure> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(usage(format!("--as-of {text:?} is not a date YYYY-MM-DD")));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| usage(format!("--as-of {text} is not a real date")))
}

fn parse_lang(lang: Option<&str>) -> Result<Lang, Failure> {
    match lang {
        None | Some("zh") => Ok(Lang::Zh),
        Some("en") => Ok(Lang::En),
        Some(other) => Err(usage(format!("--lang {other:?}: use zh or en"))),
    }
}

fn parse_year(text: &str) -> Result<i32, Failure> {
    match text.parse::<i32>() {
        Ok(y) if (seed::MIN_YEAR..=seed::MAX_YEAR).contains(&y) => Ok(y),
        _ => Err(usage(format!(
            "--year {text:?} is not a year from {} to {}",
            seed::MIN_YEAR,
            seed::MAX_YEAR
        ))),
    }
}

/// Options and plain arguments after the command word.
struct Args {
    plain: Vec<String>,
    as_of: Option<String>,
    year: Option<String>,
    form: Option<String>,
    out: Option<String>,
    unit: Option<String>,
    lang: Option<String>,
    variant: Option<String>,
    /// `--by-unit` was given.
    by_unit: bool,
}

fn split_args(args: &[String]) -> Result<Args, Failure> {
    let mut parsed = Args {
        plain: Vec::new(),
        as_of: None,
        year: None,
        form: None,
        out: None,
        unit: None,
        lang: None,
        variant: None,
        by_unit: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        if name == "--by-unit" && inline.is_none() {
            if parsed.by_unit {
                return Err(usage("--by-unit given twice"));
            }
            parsed.by_unit = true;
            continue;
        }
        let slot = match name {
            "--as-of" => &mut parsed.as_of,
            "--year" => &mut parsed.year,
            "--format" => &mut parsed.form,
            "--out" | "-o" => &mut parsed.out,
            "--unit" => &mut parsed.unit,
            "--lang" => &mut parsed.lang,
            "--variant" => &mut parsed.variant,
            _ if name.starts_with('-') && name.len() > 1 => {
                return Err(usage(format!("unknown option {name}")))
            }
            _ => {
                parsed.plain.push(arg.clone());
                continue;
            }
        };
        let value = match inline {
            Some(v) => v,
            None => it
                .next()
                .cloned()
                .ok_or_else(|| usage(format!("{name} needs a value")))?,
        };
        if slot.replace(value).is_some() {
            return Err(usage(format!("{name} given twice")));
        }
    }
    Ok(parsed)
}

pub(crate) fn parse(args: &[String]) -> Result<Command, Failure> {
    let Some(word) = args.first() else {
        return Err(usage("no command given"));
    };
    if args.iter().any(|a| a == "--help" || a == "-h") || word == "help" {
        return Ok(Command::Help);
    }
    if matches!(word.as_str(), "notice" | "bulletin" | "ics") {
        return crate::duban::parse(word, &args[1..]).map(Command::Duban);
    }
    let a = split_args(&args[1..])?;
    let refuse = |what: Option<&String>, name: &str| match what {
        Some(_) => Err(usage(format!("{name} does not apply to `{word}`"))),
        None => Ok(()),
    };
    let need = |what: Option<&String>, name: &str| {
        what.cloned()
            .ok_or_else(|| usage(format!("`{word}` needs {name}")))
    };
    if a.by_unit && word != "report" {
        return Err(usage(format!("--by-unit does not apply to `{word}`")));
    }
    match word.as_str() {
        "report" => {
            refuse(a.year.as_ref(), "--year")?;
            refuse(a.out.as_ref(), "--out")?;
            refuse(a.unit.as_ref(), "--unit")?;
            if a.plain.is_empty() {
                return Err(usage("`report` needs at least one FILE.json"));
            }
            let lang = parse_lang(a.lang.as_deref())?;
            let variant = match a.variant.as_deref() {
                None | Some("to_date") => Variant::ToDate,
                Some("month") => Variant::Month,
                Some("quarter") => Variant::Quarter,
                Some(other) => {
                    return Err(usage(format!(
                        "--variant {other:?}: use to_date, month or quarter"
                    )))
                }
            };
            let form = match a.form.as_deref() {
                None | Some("json") => Form::Json,
                Some("md") | Some("markdown") => Form::Report(variant),
                Some("table") => Form::Table(lang),
                Some(other) => {
                    return Err(usage(format!("--format {other:?}: use json, md or table")))
                }
            };
            if !matches!(form, Form::Table(_)) && a.lang.is_some() {
                return Err(usage("--lang applies to --format table"));
            }
            if !matches!(form, Form::Report(_)) && a.variant.is_some() {
                return Err(usage("--variant applies to --format md"));
            }
            if matches!(form, Form::Report(_)) && a.by_unit {
                return Err(usage("--by-unit applies to --format json or table"));
            }
            Ok(Command::Report {
                files: a.plain.iter().map(PathBuf::from).collect(),
                as_of: parse_date(&need(a.as_of.as_ref(), "--as-of YYYY-MM-DD")?)?,
                form,
                by_unit: a.by_unit,
            })
        }
        "history" => {
            refuse(a.year.as_ref(), "--year")?;
            refuse(a.out.as_ref(), "--out")?;
            refuse(a.unit.as_ref(), "--unit")?;
            refuse(a.variant.as_ref(), "--variant")?;
            if a.plain.is_empty() {
                return Err(usage("`history` needs at least one FILE.json"));
            }
            let lang = parse_lang(a.lang.as_deref())?;
            let form = match a.form.as_deref() {
                None | Some("md") | Some("markdown") => HistoryForm::Page(lang),
                Some("table") => HistoryForm::Grid(lang),
                Some("json") if a.lang.is_none() => HistoryForm::Json,
                Some("json") => return Err(usage("--lang applies to --format md or table")),
                Some(other) => {
                    return Err(usage(format!("--format {other:?}: use md, json or table")))
                }
            };
            Ok(Command::History {
                files: a.plain.iter().map(PathBuf::from).collect(),
                as_of: parse_date(&need(a.as_of.as_ref(), "--as-of YYYY-MM-DD")?)?,
                form,
            })
        }
        "consolidate" => {
            use crate::consolidate::ConsolidateForm;
            refuse(a.year.as_ref(), "--year")?;
            refuse(a.variant.as_ref(), "--variant")?;
            if a.plain.is_empty() {
                return Err(usage(
                    "`consolidate` needs at least one FILE.json or FOLDER",
                ));
            }
            let form = match a.form.as_deref() {
                None | Some("md") | Some("markdown") => ConsolidateForm::Page,
                Some("table") => ConsolidateForm::Table,
                Some("json") if a.lang.is_none() => ConsolidateForm::Json,
                Some("json") => return Err(usage("--lang applies to --format md or table")),
                Some(other) => {
                    return Err(usage(format!("--format {other:?}: use md, json or table")))
                }
            };
            let lang = match parse_lang(a.lang.as_deref())? {
                Lang::Zh => luoshi::i18n::Lang::Zh,
                Lang::En => luoshi::i18n::Lang::En,
            };
            Ok(Command::Consolidate {
                files: a.plain.iter().map(PathBuf::from).collect(),
                as_of: parse_date(&need(a.as_of.as_ref(), "--as-of YYYY-MM-DD")?)?,
                out: PathBuf::from(need(a.out.as_ref(), "--out MERGED.json")?),
                unit: a.unit.unwrap_or_default(),
                form,
                lang,
            })
        }
        "export-xlsx" => {
            refuse(a.year.as_ref(), "--year")?;
            refuse(a.form.as_ref(), "--format")?;
            refuse(a.unit.as_ref(), "--unit")?;
            refuse(a.variant.as_ref(), "--variant")?;
            if a.plain.is_empty() {
                return Err(usage("`export-xlsx` needs at least one FILE.json"));
            }
            let lang = match a.lang.as_deref() {
                None | Some("zh") => luoshi::i18n::Lang::Zh,
                Some("en") => luoshi::i18n::Lang::En,
                Some(other) => return Err(usage(format!("--lang {other:?}: use zh or en"))),
            };
            Ok(Command::ExportXlsx {
                files: a.plain.iter().map(PathBuf::from).collect(),
                as_of: parse_date(&need(a.as_of.as_ref(), "--as-of YYYY-MM-DD")?)?,
                out: PathBuf::from(need(a.out.as_ref(), "--out FILE.xlsx")?),
                lang,
            })
        }
        "example" | "template" => {
            refuse(a.form.as_ref(), "--format")?;
            refuse(a.lang.as_ref(), "--lang")?;
            refuse(a.variant.as_ref(), "--variant")?;
            if let Some(extra) = a.plain.first() {
                return Err(usage(format!("unexpected argument {extra:?}")));
            }
            let year = parse_year(&need(a.year.as_ref(), "--year YYYY")?)?;
            let out = a.out.map(PathBuf::from);
            if word == "example" {
                refuse(a.unit.as_ref(), "--unit")?;
                let as_of = parse_date(&need(a.as_of.as_ref(), "--as-of YYYY-MM-DD")?)?;
                Ok(Command::Example { year, as_of, out })
            } else {
                refuse(a.as_of.as_ref(), "--as-of")?;
                let unit = a.unit.unwrap_or_else(|| seed::OFFICE.to_string());
                Ok(Command::Template { year, unit, out })
            }
        }
        "plan-from-text" => {
            refuse(a.as_of.as_ref(), "--as-of")?;
            refuse(a.lang.as_ref(), "--lang")?;
            refuse(a.variant.as_ref(), "--variant")?;
            let file = match a.plain.as_slice() {
                [one] => PathBuf::from(one),
                [] => return Err(usage("`plan-from-text` needs FILE.txt or FILE.docx")),
                [_, extra, ..] => return Err(usage(format!("unexpected argument {extra:?}"))),
            };
            let table = match a.form.as_deref() {
                None | Some("json") => false,
                Some("table") => true,
                Some(other) => return Err(usage(format!("--format {other:?}: use json or table"))),
            };
            Ok(Command::PlanFromText {
                file,
                year: parse_year(&need(a.year.as_ref(), "--year YYYY")?)?,
                unit: a.unit.unwrap_or_else(|| seed::OFFICE.to_string()),
                table,
                out: a.out.map(PathBuf::from),
            })
        }
        "unpack" => {
            refuse(a.as_of.as_ref(), "--as-of")?;
            refuse(a.year.as_ref(), "--year")?;
            refuse(a.form.as_ref(), "--format")?;
            refuse(a.lang.as_ref(), "--lang")?;
            refuse(a.variant.as_ref(), "--variant")?;
            refuse(a.unit.as_ref(), "--unit")?;
            let package = match a.plain.as_slice() {
                [one] => PathBuf::from(one),
                [] => return Err(usage("`unpack` needs PACKAGE.zip")),
                [_, extra, ..] => return Err(usage(format!("unexpected argument {extra:?}"))),
            };
            Ok(Command::Unpack {
                package,
                out: PathBuf::from(need(a.out.as_ref(), "--out DIR")?),
            })
        }
        other => Err(usage(format!("unknown command {other:?}"))),
    }
}
