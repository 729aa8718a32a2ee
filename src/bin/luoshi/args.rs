//! The command line: how its words become a [`Command`] (its help text is
//! in `usage.rs`).

use std::path::PathBuf;

use chrono::NaiveDate;
use luoshi::report::Variant;
use luoshi::seed;

use super::Failure;
use crate::markdown::Lang;

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
