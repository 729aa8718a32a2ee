//! `luoshi`: the native command. It reads exported documents and prints the
//! figures of every target, so that an office can consolidate its units'
//! files without a server and anyone can check a figure without a browser.
//! It also writes the default plan and the example ledger as documents.
//!
//! The command reads the clock nowhere: the as-of date is always given.

#[path = "luoshi/args.rs"]
mod args;
#[path = "luoshi/consolidate.rs"]
mod consolidate;
#[path = "luoshi/duban.rs"]
mod duban;
#[path = "luoshi/history.rs"]
mod history;
#[path = "luoshi/intake.rs"]
mod intake;
#[path = "luoshi/markdown.rs"]
mod markdown;
#[path = "luoshi/render.rs"]
mod render;
#[path = "luoshi/unpack.rs"]
mod unpack;
#[path = "luoshi/usage.rs"]
mod usage;

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

use args::{parse, Command, Form, HistoryForm};
use luoshi::engine::evaluate;
use luoshi::i18n::cli::CliMsgs;
use luoshi::i18n::reporting::fill;
use luoshi::i18n::Lang;
use luoshi::plan::Document;
use luoshi::report::ReportOptions;
use luoshi::{format, merge, seed, unassigned};
use usage::usage;

/// The language of every message, warning and table: `--lang`, read once
/// before the rest of the command line (so that its own errors are in it
/// too), like a locale for the whole run.
static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this run (Chinese unless `--lang en`).
pub(crate) fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// The command's words in this run's language.
pub(crate) fn words() -> &'static CliMsgs {
    luoshi::i18n::cli::msgs(lang())
}

/// A template of [`words`] with its values.
pub(crate) fn say(template: &str, values: &[(&str, &str)]) -> String {
    fill(template, values)
}

/// Why an operation on a file failed, in this run's language (never the
/// system's English sentence).
pub(crate) fn io_why(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let m = words();
    match e.kind() {
        ErrorKind::NotFound => m.io_not_found.to_string(),
        ErrorKind::PermissionDenied => m.io_denied.to_string(),
        ErrorKind::AlreadyExists => m.io_exists.to_string(),
        ErrorKind::IsADirectory => m.io_is_folder.to_string(),
        _ => say(
            m.io_other,
            &[(
                "code",
                &e.raw_os_error().map_or("?".to_string(), |c| c.to_string()),
            )],
        ),
    }
}

/// `name`: cannot read (why).
pub(crate) fn cannot_read(name: &dyn fmt::Display, e: &std::io::Error) -> Failure {
    Failure::File(say(
        words().cannot_read,
        &[("name", &name.to_string()), ("why", &io_why(e))],
    ))
}

/// `name`: cannot write (why).
pub(crate) fn cannot_write(name: &dyn fmt::Display, e: &std::io::Error) -> Failure {
    Failure::File(say(
        words().cannot_write,
        &[("name", &name.to_string()), ("why", &io_why(e))],
    ))
}

/// `name`: a message about the file.
pub(crate) fn file_failure(name: &dyn fmt::Display, message: &str) -> Failure {
    Failure::File(format!("{name}{}{message}", words().colon))
}

/// A warning on stderr, in this run's language.
pub(crate) fn warn(message: &str) {
    let m = words();
    eprintln!("luoshi{}{}{}{message}", m.colon, m.warning, m.colon);
}

/// A decoder's refusal in this run's language.
pub(crate) fn decode_message(e: &format::DecodeError) -> String {
    match lang() {
        Lang::Zh => e.message_zh(),
        Lang::En => e.to_string(),
    }
}

/// Why the command stopped.
pub(crate) enum Failure {
    /// The arguments do not make a command: print the usage.
    Usage(String),
    /// A file could not be read, decoded or written.
    File(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(m) | Failure::File(m) => f.write_str(m),
        }
    }
}

/// Reads and decodes one file, a JSON document or a package (.zip, told by
/// its first bytes); the error names the file and, through the decoder's
/// message, the field path, line and column.
fn read_document(path: &Path) -> Result<Document, Failure> {
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| cannot_read(&name, &e))?;
    if bytes.starts_with(b"PK") {
        return unpack::document(path, &bytes);
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| Failure::File(say(words().not_utf8, &[("name", &name.to_string())])))?;
    format::decode(&text).map_err(|e| file_failure(&name, &decode_message(&e)))
}

/// Every file merged into the first by record id.
pub(crate) fn read_merged(files: &[PathBuf]) -> Result<Document, Failure> {
    let mut docs = files.iter().map(|f| read_document(f));
    let first = match docs.next() {
        Some(doc) => doc?,
        None => return Err(usage(words().at_least_one_file)),
    };
    docs.try_fold(first, |ours, theirs| Ok(merge::merge(&ours, &theirs?).doc))
}

/// Says on stderr which records name a target the merged plan does not
/// have: they are kept and count toward nothing, as in the app (未归属).
fn warn_unassigned(doc: &Document) {
    let found = unassigned::find(doc);
    if found.is_empty() {
        return;
    }
    let missing: Vec<&str> = found.missing.iter().map(|t| t.as_str()).collect();
    warn(&say(
        words().unassigned,
        &[
            ("activities", &found.activities.len().to_string()),
            ("readings", &found.readings.len().to_string()),
            ("ids", &missing.join(words().list_sep)),
        ],
    ));
}

pub(crate) fn write_out(text: &str, out: Option<&Path>) -> Result<(), Failure> {
    match out {
        Some(path) => {
            let mut body = text.to_string();
            if !body.ends_with('\n') {
                body.push('\n');
            }
            std::fs::write(path, body).map_err(|e| cannot_write(&path.display(), &e))
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
                // A reader that stops early (`| head`) is not a failure.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(cannot_write(&"stdout", &e))
                }
                _ => Ok(()),
            }
        }
    }
}

fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Help => write_out(words().usage.trim_end(), None),
        Command::Duban(c) => duban::run(c),
        Command::Report {
            files,
            as_of,
            form,
            by_unit,
        } => {
            let doc = read_merged(&files)?;
            warn_unassigned(&doc);
            let progress = evaluate(&doc, as_of);
            let shares = by_unit.then(|| luoshi::contribution::by_unit(&doc, as_of));
            let text = match form {
                Form::Json => render::json(&doc, &progress, shares.as_deref()),
                Form::Report(variant) => {
                    let opts = ReportOptions {
                        variant,
                        ..ReportOptions::default()
                    };
                    luoshi::report::render_markdown(&doc, &progress, &opts)
                }
                Form::Table(lang) => {
                    let mut text = markdown::markdown(&doc, &progress, lang);
                    if let Some(shares) = &shares {
                        text.push('\n');
                        text.push_str(&markdown::by_unit(&doc, shares, lang));
                    }
                    text
                }
            };
            write_out(&text, None)
        }
        Command::History { files, as_of, form } => {
            let doc = read_merged(&files)?;
            let h = luoshi::history::history(&doc, as_of);
            let text = match form {
                HistoryForm::Page(lang) => history::page(&doc, &h, lang),
                HistoryForm::Grid(lang) => history::grid(&doc, &h, lang),
                HistoryForm::Json => history::json(&doc, &h),
            };
            write_out(&text, None)
        }
        Command::Consolidate {
            files,
            as_of,
            out,
            unit,
            form,
            lang,
        } => {
            let (c, table) = consolidate::run(&files, as_of, &unit)?;
            warn_unassigned(&c.result);
            let text = consolidate::render(&c, &table, form, lang);
            write_out(&format::encode_pretty(&c.result, None), Some(&out))?;
            write_out(&text, None)
        }
        Command::ExportXlsx {
            files,
            as_of,
            out,
            lang,
        } => {
            let doc = read_merged(&files)?;
            let progress = evaluate(&doc, as_of);
            let bytes = luoshi::xlsx::write_workbook(&doc, &progress, lang).map_err(|e| {
                let why = match lang {
                    Lang::Zh => e.message_zh(),
                    Lang::En => e.to_string(),
                };
                file_failure(&out.display(), &why)
            })?;
            std::fs::write(&out, bytes).map_err(|e| cannot_write(&out.display(), &e))
        }
        Command::Unpack { package, out } => unpack::unpack(&package, &out),
        Command::Example { year, as_of, out } => {
            let doc = seed::example_document(year, as_of);
            write_out(&format::encode_pretty(&doc, None), out.as_deref())
        }
        Command::Template { year, unit, out } => {
            let doc = seed::default_document(year, &unit);
            write_out(&format::encode_pretty(&doc, None), out.as_deref())
        }
        Command::PlanFromText {
            file,
            year,
            unit,
            table,
            out,
        } => {
            let name = file.display().to_string();
            let bytes = std::fs::read(&file).map_err(|e| cannot_read(&name, &e))?;
            let (ex, period) = intake::read(&name, &bytes, year).map_err(Failure::File)?;
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let doc = if ex.is_empty() {
                None
            } else {
                Some(intake::document(&bytes, &ex, period, &stem, &unit).map_err(Failure::File)?)
            };
            if table {
                return write_out(
                    &intake::table(&ex, doc.as_ref().map(|d| &d.plan)),
                    out.as_deref(),
                );
            }
            match doc {
                Some(doc) => write_out(&format::encode_pretty(&doc, None), out.as_deref()),
                None => Err(Failure::File(say(words().no_target, &[("name", &name)]))),
            }
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let chosen = args::chosen_lang(&args);
    // Set once, here, before anything is said; an unknown --lang leaves the
    // default (Chinese) for its own error.
    let _ = LANG.set(chosen.as_ref().copied().unwrap_or_default());
    match chosen.and_then(|_| parse(&args)).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            let m = words();
            eprintln!("luoshi{}{message}\n\n{}", m.colon, m.usage);
            ExitCode::from(2)
        }
        Err(failure) => {
            eprintln!("luoshi{}{failure}", words().colon);
            ExitCode::from(1)
        }
    }
}
