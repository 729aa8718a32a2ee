//! The command line: how its words become a [`Command`] (its help text is
//! in `luoshi::i18n::cli`, what a wrong line is told in `usage.rs`).

use std::path::PathBuf;

use chrono::NaiveDate;
use luoshi::report::Variant;
use luoshi::seed;

use super::{say, words, Failure};
use crate::markdown::Lang;
use crate::usage::{about_option, date_option, needs, not_for, usage, use_one_of};

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

/// `{name} applies to --format a or b`.
fn applies_to(name: &str, forms: &[&str]) -> Failure {
    let m = words();
    usage(say(
        m.applies_to,
        &[
            ("name", name),
            ("forms", &luoshi::i18n::cli::one_of(m, forms)),
        ],
    ))
}

/// `unexpected argument {arg}`.
fn unexpected(arg: &str) -> Failure {
    usage(say(words().unexpected, &[("arg", &format!("{arg:?}"))]))
}

/// The language `--lang` asks for (`--lang en` or `--lang=en`, anywhere on
/// the line), read before the rest so that every message is in it; Chinese
/// when it is not given.
pub(crate) fn chosen_lang(args: &[String]) -> Result<luoshi::i18n::Lang, Failure> {
    let mut value = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--lang" {
            value = it.next().map(String::as_str);
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            value = Some(v);
        }
    }
    match value {
        None | Some("zh") => Ok(luoshi::i18n::Lang::Zh),
        Some("en") => Ok(luoshi::i18n::Lang::En),
        Some(other) => Err(use_one_of("--lang", other, &["zh", "en"])),
    }
}

/// A date written `YYYY-MM-DD` in full; one in that form that does not
/// exist (2026-02-30) is "not a real date", as the file format says it.
fn parse_date(text: &str) -> Result<NaiveDate, Failure> {
    date_option("--as-of", text)
}

fn parse_lang(lang: Option<&str>) -> Result<Lang, Failure> {
    match lang {
        None | Some("zh") => Ok(Lang::Zh),
        Some("en") => Ok(Lang::En),
        Some(other) => Err(use_one_of("--lang", other, &["zh", "en"])),
    }
}

fn parse_year(text: &str) -> Result<i32, Failure> {
    match text.parse::<i32>() {
        Ok(y) if (seed::MIN_YEAR..=seed::MAX_YEAR).contains(&y) => Ok(y),
        _ => Err(usage(say(
            words().not_a_year,
            &[
                ("text", &format!("{text:?}")),
                ("min", &seed::MIN_YEAR.to_string()),
                ("max", &seed::MAX_YEAR.to_string()),
            ],
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
                return Err(about_option(words().given_twice, "--by-unit"));
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
                return Err(about_option(words().unknown_option, name))
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
                .ok_or_else(|| about_option(words().needs_value, name))?,
        };
        if slot.replace(value).is_some() {
            return Err(about_option(words().given_twice, name));
        }
    }
    Ok(parsed)
}

pub(crate) fn parse(args: &[String]) -> Result<Command, Failure> {
    let Some(word) = args.first() else {
        return Err(usage(words().no_command));
    };
    if args.iter().any(|a| a == "--help" || a == "-h") || word == "help" {
        return Ok(Command::Help);
    }
    if matches!(word.as_str(), "notice" | "bulletin" | "ics") {
        return crate::duban::parse(word, &args[1..]).map(Command::Duban);
    }
    let a = split_args(&args[1..])?;
    let refuse = |what: Option<&String>, name: &str| match what {
        Some(_) => Err(not_for(name, word)),
        None => Ok(()),
    };
    let need = |what: Option<&String>, name: &str| what.cloned().ok_or_else(|| needs(word, name));
    if a.by_unit && word != "report" {
        return Err(not_for("--by-unit", word));
    }
    let m = words();
    match word.as_str() {
        "report" => {
            refuse(a.year.as_ref(), "--year")?;
            refuse(a.out.as_ref(), "--out")?;
            refuse(a.unit.as_ref(), "--unit")?;
            if a.plain.is_empty() {
                return Err(needs(word, m.at_least_one_file));
            }
            let lang = parse_lang(a.lang.as_deref())?;
            let variant = match a.variant.as_deref() {
                None | Some("to_date") => Variant::ToDate,
                Some("month") => Variant::Month,
                Some("quarter") => Variant::Quarter,
                Some(other) => {
                    return Err(use_one_of(
                        "--variant",
                        other,
                        &["to_date", "month", "quarter"],
                    ))
                }
            };
            let form = match a.form.as_deref() {
                None | Some("json") => Form::Json,
                Some("md") | Some("markdown") => Form::Report(variant),
                Some("table") => Form::Table(lang),
                Some(other) => return Err(use_one_of("--format", other, &["json", "md", "table"])),
            };
            if !matches!(form, Form::Report(_)) && a.variant.is_some() {
                return Err(applies_to("--variant", &["md"]));
            }
            if matches!(form, Form::Report(_)) && a.by_unit {
                return Err(applies_to("--by-unit", &["json", "table"]));
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
                return Err(needs(word, m.at_least_one_file));
            }
            let lang = parse_lang(a.lang.as_deref())?;
            let form = match a.form.as_deref() {
                None | Some("md") | Some("markdown") => HistoryForm::Page(lang),
                Some("table") => HistoryForm::Grid(lang),
                Some("json") => HistoryForm::Json,
                Some(other) => return Err(use_one_of("--format", other, &["md", "json", "table"])),
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
                return Err(needs(word, m.files_or_folder));
            }
            let form = match a.form.as_deref() {
                None | Some("md") | Some("markdown") => ConsolidateForm::Page,
                Some("table") => ConsolidateForm::Table,
                Some("json") => ConsolidateForm::Json,
                Some(other) => return Err(use_one_of("--format", other, &["md", "json", "table"])),
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
                return Err(needs(word, m.at_least_one_file));
            }
            let lang = match parse_lang(a.lang.as_deref())? {
                Lang::Zh => luoshi::i18n::Lang::Zh,
                Lang::En => luoshi::i18n::Lang::En,
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
            refuse(a.variant.as_ref(), "--variant")?;
            if let Some(extra) = a.plain.first() {
                return Err(unexpected(extra));
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
            refuse(a.variant.as_ref(), "--variant")?;
            let file = match a.plain.as_slice() {
                [one] => PathBuf::from(one),
                [] => return Err(needs(word, m.a_plan_text)),
                [_, extra, ..] => return Err(unexpected(extra)),
            };
            let table = match a.form.as_deref() {
                None | Some("json") => false,
                Some("table") => true,
                Some(other) => return Err(use_one_of("--format", other, &["json", "table"])),
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
            refuse(a.variant.as_ref(), "--variant")?;
            refuse(a.unit.as_ref(), "--unit")?;
            let package = match a.plain.as_slice() {
                [one] => PathBuf::from(one),
                [] => return Err(needs(word, m.a_package)),
                [_, extra, ..] => return Err(unexpected(extra)),
            };
            Ok(Command::Unpack {
                package,
                out: PathBuf::from(need(a.out.as_ref(), "--out DIR")?),
            })
        }
        other => Err(usage(say(
            words().unknown_command,
            &[("word", &format!("{other:?}"))],
        ))),
    }
}
