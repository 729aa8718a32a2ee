//! The 督办 commands: `notice` (the list of 督办通知单, or one of them as
//! Word or Markdown), `bulletin` (the month's 督查通报 as Markdown, HTML or
//! Word) and `ics` (the calendar of deadlines). Their arguments are read
//! here, apart from the other commands' options.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use luoshi::duban::{bulletin, ics, notice};
use luoshi::engine::evaluate;
use luoshi::escape::markdown as escape;

use super::{cannot_write, read_merged, say, words, write_out, Failure};
use crate::usage::{about_option, date_option, needs, not_for, usage, use_one_of};

/// Output of `bulletin`.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum BulletinForm {
    Markdown,
    Html,
    Docx,
}

/// A parsed 督办 command.
pub(crate) enum DubanCommand {
    Notice {
        files: Vec<PathBuf>,
        as_of: NaiveDate,
        number: Option<(i32, u32)>,
        out: Option<PathBuf>,
    },
    Bulletin {
        files: Vec<PathBuf>,
        year: i32,
        month: u32,
        as_of: Option<NaiveDate>,
        form: BulletinForm,
        out: Option<PathBuf>,
    },
    Ics {
        files: Vec<PathBuf>,
        as_of: NaiveDate,
        out: Option<PathBuf>,
    },
}

fn date(name: &str, text: &str) -> Result<NaiveDate, Failure> {
    date_option(name, text)
}

/// "2026-06" → (2026, 6).
fn month(text: &str) -> Result<(i32, u32), Failure> {
    let bad = || usage(say(words().not_a_month, &[("text", &format!("{text:?}"))]));
    let (y, m) = text.split_once('-').ok_or_else(bad)?;
    if y.len() != 4 || m.len() != 2 {
        return Err(bad());
    }
    let y: i32 = y.parse().map_err(|_| bad())?;
    let m: u32 = m.parse().map_err(|_| bad())?;
    if !(1..=12).contains(&m) {
        return Err(bad());
    }
    Ok((y, m))
}

/// "3" (the as-of year) or "2026-3" → (year, number).
fn number(text: &str, as_of: NaiveDate) -> Result<(i32, u32), Failure> {
    let bad = || usage(say(words().not_a_number, &[("text", &format!("{text:?}"))]));
    match text.split_once('-') {
        Some((y, n)) => Ok((y.parse().map_err(|_| bad())?, n.parse().map_err(|_| bad())?)),
        None => Ok((as_of.year(), text.parse().map_err(|_| bad())?)),
    }
}

/// Parses the words after `notice`, `bulletin` or `ics`.
pub(crate) fn parse(word: &str, args: &[String]) -> Result<DubanCommand, Failure> {
    let mut files = Vec::new();
    let mut opts: Vec<(String, String)> = Vec::new();
    let allowed: &[&str] = match word {
        "notice" => &["--as-of", "--number", "--out", "--lang"],
        "bulletin" => &["--month", "--as-of", "--format", "--out", "--lang"],
        _ => &["--as-of", "--out", "--lang"],
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if !arg.starts_with("--") {
            files.push(PathBuf::from(arg));
            continue;
        }
        let (name, value) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), v.to_string()),
            None => {
                let v = it
                    .next()
                    .ok_or_else(|| about_option(words().needs_value, arg))?;
                (arg.clone(), v.clone())
            }
        };
        if !allowed.contains(&name.as_str()) {
            return Err(not_for(&name, word));
        }
        if opts.iter().any(|(n, _)| *n == name) {
            return Err(about_option(words().given_twice, &name));
        }
        opts.push((name, value));
    }
    if files.is_empty() {
        return Err(needs(word, words().at_least_one_file));
    }
    let get = |n: &str| opts.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
    let out = get("--out").map(PathBuf::from);
    let as_of = get("--as-of").map(|t| date("--as-of", t)).transpose()?;
    let need_as_of = || as_of.ok_or_else(|| needs(word, "--as-of YYYY-MM-DD"));
    match word {
        "notice" => {
            let as_of = need_as_of()?;
            Ok(DubanCommand::Notice {
                files,
                as_of,
                number: get("--number").map(|n| number(n, as_of)).transpose()?,
                out,
            })
        }
        "bulletin" => {
            let (year, month) =
                month(get("--month").ok_or_else(|| needs(word, "--month YYYY-MM"))?)?;
            let form = match get("--format") {
                None | Some("md") | Some("markdown") => BulletinForm::Markdown,
                Some("html") => BulletinForm::Html,
                Some("docx") => BulletinForm::Docx,
                Some(other) => return Err(use_one_of("--format", other, &["md", "html", "docx"])),
            };
            if form == BulletinForm::Docx && out.is_none() {
                return Err(needs("--format docx", "--out FILE.docx"));
            }
            Ok(DubanCommand::Bulletin {
                files,
                year,
                month,
                as_of,
                form,
                out,
            })
        }
        _ => Ok(DubanCommand::Ics {
            files,
            as_of: need_as_of()?,
            out,
        }),
    }
}

fn write_bytes(bytes: &[u8], out: &Path) -> Result<(), Failure> {
    std::fs::write(out, bytes).map_err(|e| cannot_write(&out.display(), &e))
}

/// The notices as a Markdown table.
fn notice_table(doc: &luoshi::plan::Document, as_of: NaiveDate) -> String {
    let m = words();
    let mut out = format!("{}\n|---|---|---|---|---|---|\n", m.notice_header);
    for n in notice::newest_first(doc) {
        let targets: Vec<String> = n
            .targets
            .iter()
            .map(|id| match doc.plan.target(id) {
                Some(t) => t.title.trim().to_string(),
                None => id.as_str().to_string(),
            })
            .collect();
        let state = match notice::state(n, as_of) {
            notice::State::Open => m.notice_open.to_string(),
            notice::State::Overdue => m.notice_overdue.to_string(),
            notice::State::Replied(d) => say(m.notice_replied, &[("date", &d.to_string())]),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            escape(&notice::number_text(n.year, n.number)),
            escape(&n.unit),
            escape(&targets.join("；")),
            n.issued,
            n.reply_due,
            state
        ));
    }
    out
}

/// Runs a 督办 command.
pub(crate) fn run(command: DubanCommand) -> Result<(), Failure> {
    match command {
        DubanCommand::Notice {
            files,
            as_of,
            number,
            out,
        } => {
            let doc = read_merged(&files)?;
            let Some((year, number)) = number else {
                return write_out(notice_table(&doc, as_of).trim_end(), out.as_deref());
            };
            let n = doc
                .notices
                .iter()
                .find(|n| (n.year, n.number) == (year, number))
                .ok_or_else(|| {
                    Failure::File(say(
                        words().no_notice,
                        &[("number", &notice::number_text(year, number))],
                    ))
                })?;
            let text = notice::compose(&doc, &evaluate(&doc, as_of), n);
            match out {
                Some(path) if path.extension().is_some_and(|e| e == "docx") => {
                    write_bytes(&notice::render_docx(&text), &path)
                }
                out => write_out(notice::render_markdown(&text).trim_end(), out.as_deref()),
            }
        }
        DubanCommand::Bulletin {
            files,
            year,
            month,
            as_of,
            form,
            out,
        } => {
            let doc = read_merged(&files)?;
            let month_end = NaiveDate::from_ymd_opt(year, month, 1)
                .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
                .and_then(|d| d.pred_opt())
                .ok_or_else(|| {
                    usage(say(
                        words().not_a_month,
                        &[("text", &format!("{year}-{month:02}"))],
                    ))
                })?;
            let as_of = as_of.unwrap_or(month_end);
            let report = bulletin::build(&doc, year, month, as_of);
            match form {
                BulletinForm::Markdown => write_out(
                    luoshi::report::render_markdown_report(&report).trim_end(),
                    out.as_deref(),
                ),
                BulletinForm::Html => {
                    write_out(&luoshi::report::html::render_html(&report), out.as_deref())
                }
                BulletinForm::Docx => match out {
                    Some(path) => write_bytes(&luoshi::report::docx::render_docx(&report), &path),
                    None => Err(needs("--format docx", "--out FILE.docx")),
                },
            }
        }
        DubanCommand::Ics { files, as_of, out } => {
            let doc = read_merged(&files)?;
            // The stamp is the as-of day: the command reads no clock.
            let stamp = as_of.and_hms_opt(0, 0, 0).unwrap_or_default();
            let text = ics::calendar(&doc, as_of, stamp);
            match out {
                Some(path) => write_bytes(text.as_bytes(), &path),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
    }
}
